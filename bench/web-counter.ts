import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterScreenList } from '../e2e/counter-screens';

/**
 * The built web host with its training device, a manager signed in and a shift open, and the
 * counter in Chromium: what the renderer benchmarks measure through, as a shop's browser sees it.
 */
export interface BenchCounter {
  /** The page's address with this run's token, for a benchmark that opens its own pages. */
  url: string;
  /** Calls a channel the way the page does. */
  api(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }>;
  /** Opens the counter in Chromium once the shop is ready (catalogue imported, shift open). */
  open(viewport: { width: number; height: number }): Promise<Page>;
  /** Closes Chromium and the host; its data folder goes with it. */
  stop(): Promise<void>;
}

export async function startBenchCounter(name: string): Promise<BenchCounter> {
  const dataDir = mkdtempSync(join(tmpdir(), `kassa-bench-${name}-`));
  const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    host.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    });
    host.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
  const exited = new Promise((resolve) => host.once('exit', resolve));
  // However the run ends, the host and its data folder go with it.
  const cleanUp = () => {
    host.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', cleanUp);
  const { origin, searchParams } = new URL(url);
  const api: BenchCounter['api'] = (channel, input) =>
    fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kassa-token': searchParams.get('token')! },
      body: JSON.stringify(input),
    }).then((r) => r.json() as Promise<{ ok: boolean; value?: unknown }>);
  // The first manager, as the setup wizard makes them: the station is then signed in.
  await api('setup.createManager', { name: 'Bench', pin: '2468' });
  let browser: Browser | undefined;
  return {
    url,
    api,
    async open(viewport) {
      browser = await launchBenchChromium();
      const page = await browser.newPage({ viewport });
      await page.goto(url);
      await page.getByTestId('cashier-shell').waitFor();
      // The counter fetches its other screens once it is quiet (renderer/shell/screens.ts): the
      // scans measured here start once that start-up work is done, as a shop's first customer would.
      const chunks = counterScreenList.map((screen) => `${screen.chunk}-`);
      await page.waitForFunction(
        (names) => names.every((name) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/assets/${name}`) && (r as unknown as { responseEnd: number }).responseEnd > 0)),
        chunks,
        { timeout: 60_000 },
      );
      for (let i = 0; i < 2; i++) await page.evaluate('new Promise((resolve) => requestIdleCallback(resolve))');
      // The scanner types at the counter with no field focused: its Enter, and a Delete taking a
      // line off, go to the counter. (No click to get there: it could land on a quick key.)
      await page.evaluate('document.activeElement?.blur()');
      return page;
    },
    async stop() {
      await browser?.close();
      host.kill('SIGTERM');
      await exited;
      process.off('exit', cleanUp);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium where it is installed (our machines), Playwright's own elsewhere. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

/** Enter -> painted, and the React work of adding the line (add -> cart committed). */
export async function scanToPaint(page: Page, code: string): Promise<[number, number]> {
  await page.evaluate(() => performance.clearMarks());
  await page.keyboard.type(code, { delay: 2 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => performance.getEntriesByName('scan-painted').length > 0);
  // No helper functions inside: the page runs this text as it is, without the bundler's helpers.
  return page.evaluate(() => [
    performance.getEntriesByName('scan-painted')[0]!.startTime - performance.getEntriesByName('scan-enter')[0]!.startTime,
    performance.getEntriesByName('cart-committed').at(-1)!.startTime - performance.getEntriesByName('cart-add')[0]!.startTime,
  ] as [number, number]);
}
