import { expect, test, type Page } from '@playwright/test';
import { counterScreenList } from './counter-screens';
import { startBuiltWebHost, type RunningHost } from './web-host';

/**
 * The renderer is split (renderer/shell/screens.ts): the sale screen paints without the other
 * screens' chunks, fetches them once it has painted, and then shows each of them in the first
 * frame after the tap, with no fallback frame. A chunk that cannot be fetched costs that screen only, and a
 * retry brings it.
 */
let host: RunningHost;

test.beforeAll(async () => {
  host = await startBuiltWebHost();
});
test.afterAll(async () => {
  await host.stop();
});

const screens = counterScreenList;

// Plain text, so the page runs it as written. Marks the moment the sale screen's search box
// enters the page, and keeps every Content-Security-Policy violation.
const watchPage = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="search"]')) return;
    observer.disconnect();
    performance.mark('sale-screen-in-page');
  }).observe(document, { childList: true, subtree: true });
`;

async function openCounter(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(watchPage);
  await page.goto(host.url);
  await expect(page.getByTestId('search')).toBeVisible();
  return problems;
}

/** When each of the page's scripts was asked for, in the page's own clock. */
function scriptFetches(page: Page): Promise<{ name: string; startTime: number; responseEnd: number }[]> {
  return page.evaluate(`performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.js'))
    .map((r) => ({ name: r.name.slice(r.name.lastIndexOf('/') + 1), startTime: r.startTime, responseEnd: r.responseEnd }))`);
}

test('the sale screen paints before any other screen is fetched, then they are fetched and show in the first frame after a tap', async ({ page }) => {
  const problems = await openCounter(page);
  // Every other screen's chunk is fetched once the counter is there (idle prefetch).
  await expect
    .poll(
      async () => {
        const fetched = await scriptFetches(page);
        return screens.filter((s) => !fetched.some((f) => f.name.startsWith(`${s.chunk}-`) && f.responseEnd > 0)).map((s) => s.chunk);
      },
      { timeout: 30_000 },
    )
    .toEqual([]);
  // Fetched is not yet run: the browser's next idle moments come after the chunks' modules ran.
  for (let i = 0; i < 2; i++) await page.evaluate('new Promise((resolve) => requestIdleCallback(resolve))');
  const saleInPage = await page.evaluate<number>("performance.getEntriesByName('sale-screen-in-page')[0].startTime");
  const fetches = await scriptFetches(page);
  for (const { chunk } of screens) {
    const fetch = fetches.find((f) => f.name.startsWith(`${chunk}-`))!;
    expect(fetch.startTime, `${chunk} fetched before the sale screen was in the page`).toBeGreaterThan(saleInPage);
  }
  // A budget for what the sale screen waits for: the whole renderer was 1.24 MB before the split
  // and the dashboard's charts alone are about 370 kB, so charts (or settings, reports...) drawn
  // back into the start would break it.
  const beforeSale = (await page.evaluate<number[]>(`performance.getEntriesByType('resource')
    .filter((r) => r.name.endsWith('.js') && r.startTime < ${saleInPage})
    .map((r) => r.encodedBodySize)`)).reduce((sum, size) => sum + size, 0);
  expect(beforeSale).toBeGreaterThan(0);
  expect(beforeSale).toBeLessThan(900 * 1024);

  for (const { nav, shown } of screens) {
    // Before the frame after the tap: no frame is painted without the screen (no fallback).
    const beforeNextFrame = await page.evaluate<boolean>(`new Promise((resolve) => {
      document.querySelector('[data-testid="${nav}"]').click();
      requestAnimationFrame(() => resolve(document.querySelector(${JSON.stringify(shown)}) !== null));
    })`);
    expect(beforeNextFrame, `${nav} there in the first frame after the tap`).toBe(true);
    await page.getByTestId('nav-sale').click();
    await expect(page.getByTestId('search')).toBeVisible();
  }
  // Every chunk is same-origin, so the strict CSP lets each one in. The only refusals are eval:
  // zod tries `new Function` once to see whether it may compile its parsers, and the CSP says no.
  const violations = await page.evaluate<string[]>('window.cspViolations');
  expect(violations.filter((v) => v !== 'script-src eval')).toEqual([]);
  expect(problems).toEqual([]);
});

test('a screen whose chunk cannot be fetched says so in the workspace, the counter keeps working, and Try again brings it', async ({ page }) => {
  let blocked = true;
  await page.route(/\/assets\/SettingsScreen-[\w-]+\.js$/, (route) => (blocked ? route.abort('connectionrefused') : route.continue()));
  await openCounter(page);
  await page.locator('[data-locale="en"]').click();

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('screen-failed')).toContainText('This screen could not be opened.');
  // The rest of the shell still answers: the sale screen comes back with its search box.
  await page.getByTestId('nav-sale').click();
  await expect(page.getByTestId('search')).toBeVisible();

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('screen-failed')).toBeVisible();
  blocked = false;
  await page.getByTestId('screen-failed').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('settings-screen')).toBeVisible();
});
