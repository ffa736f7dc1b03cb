import type { Browser, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the renderer costs before the cashier can sell: the built chunks (raw and gzipped), which
 * of them the sale screen waits for, and cold loads of the counter in Chromium through the web
 * host (first paint, first contentful paint, the sale screen ready).
 */
export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Named by index.html (its script, module preloads and style sheet): loaded before anything paints. */
  atStart: boolean;
}

const rendererDir = 'out/renderer';

/** Every script and style sheet of the built renderer, largest first. */
export function builtChunks(): Chunk[] {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  return readdirSync(join(rendererDir, 'assets'))
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const body = readFileSync(join(rendererDir, 'assets', file));
      return { file, raw: body.length, gzip: gzipSync(body).length, atStart: named.has(`assets/${file}`) };
    })
    .sort((a, b) => b.raw - a.raw);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`.padStart(10);

export function printChunks(chunks: readonly Chunk[]): void {
  console.log(`\nRenderer chunks (${chunks.length}), raw and gzip; * = the sale screen waits for it`);
  for (const c of chunks) console.log(`  ${c.atStart ? '*' : ' '} ${c.file.padEnd(44)}${kb(c.raw)}${kb(c.gzip)}`);
  const sum = (list: readonly Chunk[], key: 'raw' | 'gzip') => list.reduce((total, c) => total + c[key], 0);
  const start = chunks.filter((c) => c.atStart);
  console.log(`  sale screen's chunks (${start.length})${' '.repeat(26)}${kb(sum(start, 'raw'))}${kb(sum(start, 'gzip'))}`);
  console.log(`  all chunks${' '.repeat(36)}${kb(sum(chunks, 'raw'))}${kb(sum(chunks, 'gzip'))}`);
}

export interface ColdLoad {
  firstPaint: number;
  firstContentfulPaint: number;
  /** The sale screen's search box painted (the frame after it entered the page). */
  saleReady: number;
  /** Scripts fetched before the sale screen was ready. */
  scriptsBeforeReady: number;
}

// Plain text, so the page runs it as written, without the bundler's helpers. Marks the frame
// after the sale screen's search box enters the page (a timer after the frame: once painted).
const markSaleReady = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="search"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('bench-sale-ready'), 0));
  }).observe(document, { childList: true, subtree: true });
`;

/** One load in a fresh context (no cache, no storage), as the app starts on the shop's PC. */
export async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(markSaleReady);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench-sale-ready').length > 0, undefined, { timeout: 60_000 });
  const load = await page.evaluate<ColdLoad>(`(() => {
    const ready = performance.getEntriesByName('bench-sale-ready')[0].startTime;
    return {
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      saleReady: ready,
      scriptsBeforeReady: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < ready).length,
    };
  })()`);
  await context.close();
  return load;
}

/** From a tap on a screen's button to that screen painted, on a counter that has sat idle. */
export async function switchTime(page: Page, nav: string, selector: string): Promise<number> {
  // Plain text for the same reason as above; the time runs from the tap to the frame after the
  // screen entered the page.
  const time = await page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    }).observe(document, { childList: true, subtree: true });
    document.querySelector('[data-testid="${nav}"]').click();
  })`);
  await page.getByTestId('nav-sale').click();
  await page.getByTestId('search').waitFor();
  return time;
}
