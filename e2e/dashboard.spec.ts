import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FiscalDocument, ReceiptLine } from '../shared/fiscal/documents';
import { locales } from '../shared/locale';
import { addDays, ShopClock } from '../shared/shop-time';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { seedBusyDay } from './busy-day';
import { breadBarcode, milkBarcode, teaBarcode } from './catalogue-fixture';
import { startBuiltWebHost, type RunningHost } from './web-host';

let device: CasposSimulator;
let host: RunningHost;

test.beforeAll(async () => {
  device = await startCasposSimulator();
  host = await startBuiltWebHost({ args: ['--device-url', device.url] });
});
test.afterAll(async () => {
  await host.stop();
  await device.close();
});

const cashierName = 'Aysel Məmmədova';
/** A POS screen and a full-HD monitor. */
const screenSizes = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const bread = { name: 'Çörək ağ', code: breadBarcode, codeType: 'ean13', unit: 'piece', price: 70, discount: 0, vatRate: 'vat18' } as const;
const milk = { name: 'Süd 3,2% 1 l', code: milkBarcode, codeType: 'ean13', unit: 'piece', price: 189, discount: 0, vatRate: 'vat18' } as const;
const tea = { name: 'Çay Azərçay 100 q', code: teaBarcode, codeType: 'ean13', unit: 'piece', price: 455, discount: 0, vatRate: 'vat18' } as const;
const tomato = { name: 'Pomidor', code: '12345', codeType: 'plain', unit: 'kg', price: 349, discount: 0, vatRate: 'vatFree' } as const;
const noTenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };

/** Sends a document through the web host's IPC, as the page would, and returns the device's id of it. */
/** The journal's UUID of the document the device took, which a refund names as its parent. */
async function submit(document: FiscalDocument): Promise<string> {
  const answer = (await host.call('document.submit', { document })) as { ok: boolean; value?: { state: string; uuid: string } };
  expect(answer).toMatchObject({ ok: true, value: { state: 'done' } });
  return answer.value!.uuid;
}

const sale = (lines: ReceiptLine[], tenders: Partial<typeof noTenders>, rrn?: string): FiscalDocument => ({
  kind: 'sale',
  cashierName,
  lines,
  tenders: { ...noTenders, ...tenders },
  ...(rrn ? { cardSlip: { rrn } } : {}),
});

function tile(page: Page, name: string) {
  return page.getByTestId(`tile-${name}`);
}

test('the dashboard shows a shift’s sales, tenders and best sellers, and the same for the day', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();

  // Before the shift: nothing to show, and the screen says so.
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('dashboard-empty')).toHaveText('No sales in this shift yet.');
  await page.screenshot({ path: testInfo.outputPath('dashboard-empty-en.png') });

  await page.getByTestId('open-shift').click();
  await page.getByTestId('confirm-open-shift').click();
  await expect(page.getByTestId('shift-left')).toContainText('left');

  const baku = new ShopClock('Asia/Baku');
  const firstHour = baku.hourOf(Date.now());
  // Cash: 2 × 0,70 + 1,89 = 3,29 from 5,00. Card: 4,55. Split: 1,250 kg × 3,49 (4,36) + 1,89 =
  // 6,25 as 3,00 by card and 4,00 in cash (0,75 change). Then one bread of the first back in cash.
  const first = await submit(sale([{ ...bread, quantity: 2000, itemUid: 'B' }, { ...milk, quantity: 1000 }], { cash: 500 }));
  await submit(sale([{ ...tea, quantity: 1000 }], { card: 455 }, '420012558257'));
  await submit(sale([{ ...tomato, quantity: 1250 }, { ...milk, quantity: 1000 }], { card: 300, cash: 400 }, '420012558258'));
  await submit({ kind: 'moneyBack', cashierName, parentUuid: first, moneyBackType: 'sale', manual: false, lines: [{ ...bread, quantity: 1000, parentItemUid: 'B' }], tenders: { ...noTenders, cash: 70 } });
  const lastHour = baku.hourOf(Date.now());

  // The screen follows the journal: the figures are there without leaving it.
  await expect(tile(page, 'net')).toContainText('₼13.39');
  await expect(tile(page, 'receipts')).toContainText('3');
  // 14,09 over 3 receipts = 4,6967: half up, 4,70.
  await expect(tile(page, 'average')).toContainText('₼4.70');
  await expect(tile(page, 'refunds')).toContainText('₼0.70');
  await expect(tile(page, 'refunds')).toContainText('count: 1');
  // Cash 3,29 + 3,25 − 0,70; card 4,55 + 3,00.
  await expect(page.getByTestId('tender-cash')).toHaveText(/Cash\s*₼5\.84\s*44%/);
  await expect(page.getByTestId('tender-card')).toHaveText(/Card\s*₼7\.55\s*56%/);
  await expect(page.getByTestId('top-table').locator('tbody tr')).toHaveText([/Çay Azərçay 100 q\s*₼4\.55/, /Pomidor\s*₼4\.36/, /Süd 3,2% 1 l\s*₼3\.78/, /Çörək ağ\s*₼0\.70/]);
  await page.getByTestId('top-by-quantity').click();
  await expect(page.getByTestId('top-table').locator('tbody tr')).toHaveText([/Süd 3,2% 1 l\s*2$/, /Pomidor\s*1\.25 kg/, /Çay Azərçay 100 q\s*1$/, /Çörək ağ\s*1$/]);
  await page.getByTestId('top-by-amount').click();

  // The chart's numbers as a table: one hour (two if the sales crossed the hour).
  await page.getByTestId('hours-as-table').click();
  const hourRows = page.getByTestId('hours-table').locator('tbody tr');
  if (firstHour === lastHour) {
    const hh = firstHour.slice(11, 13);
    await expect(hourRows).toHaveText([new RegExp(`^${hh}:00–\\d\\d:00\\s*3\\s*₼14\\.09\\s*₼0\\.70\\s*₼13\\.39$`)]);
  } else {
    await expect(hourRows).toHaveCount(2);
  }
  await page.getByTestId('hours-as-table').click();
  await expect(page.getByTestId('hourly-sales').locator('svg.recharts-surface')).toBeVisible();

  // The day in Baku has the same sales; the day before has none.
  await page.getByTestId('scope-day').click();
  const [y, m, d] = baku.dateOf(Date.now()).split('-');
  await expect(page.getByTestId('chosen-day')).toHaveText(`${d}/${m}/${y}`);
  await expect(page.getByTestId('next-day')).toBeDisabled();
  await expect(tile(page, 'net')).toContainText('₼13.39');
  await page.getByTestId('previous-day').click();
  await expect(page.getByTestId('dashboard-empty')).toHaveText('No sales on this day.');
  await page.getByTestId('next-day').click();
  await expect(tile(page, 'net')).toContainText('₼13.39');
  await page.getByTestId('scope-shift').click();

  await page.screenshot({ path: testInfo.outputPath('dashboard-shift-en.png') });
  expect(problems).toEqual([]);
});

test('a busy day reads clearly in every language, at a POS screen’s size and at full HD', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-'));
  const yesterday = addDays(new ShopClock('Asia/Baku').dateOf(Date.now()), -1);
  seedBusyDay(dataDir, yesterday);
  const busy = await startBuiltWebHost({ dataDir });
  try {
    await page.goto(busy.url);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('scope-day').click();
    await page.getByTestId('previous-day').click();
    const expected = (await busy.call('dashboard.summary', { scope: 'day', date: yesterday })) as { value: { totals: { receipts: number } } };
    await expect(page.getByTestId('tile-receipts')).toContainText(String(expected.value.totals.receipts));
    await expect(page.getByTestId('top-table').locator('tbody tr')).toHaveCount(10);
    for (const size of screenSizes) {
      await page.setViewportSize(size);
      for (const locale of locales) {
        await page.locator(`[data-locale="${locale}"]`).click();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await page.screenshot({ path: testInfo.outputPath(`dashboard-${locale}-${size.width}x${size.height}.png`) });
        // Nothing is cut off: neither the page nor a panel scrolls sideways.
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(size.width);
        for (const box of await page.locator('.dashboard .panel, .tiles, .footer').all()) {
          expect(await box.evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        }
      }
    }
    await page.getByTestId('hours-as-table').click();
    await page.screenshot({ path: testInfo.outputPath('dashboard-table-en-1920x1080.png') });
  } finally {
    await busy.stop();
  }
  expect(problems).toEqual([]);
});
