import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ZReportExport } from '../shared/reports/z-export-schema';
import { breadBarcode, milkBarcode, teaBarcode } from './catalogue-fixture';
import { keypad, scan, useCounter, countDrawer } from './counter';

test.describe.configure({ mode: 'serial' });

const counter = useCounter();

const locales = ['az', 'uk', 'ru', 'en'] as const;

async function sellForExactCash(page: Page, ...barcodes: string[]) {
  await page.getByTestId('nav-sale').click();
  // The last sale's result is gone and its cart cleared before the scanner types again.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(0);
  await page.locator('body').click();
  for (const code of barcodes) await scan(page, code);
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(barcodes.length);
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
}

/** The counter at a POS screen's size, in English, with the shift opened by a cashier; page errors collected. */
async function openShiftAtCounter(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(counter.host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('open-shift').click();
  await page.getByTestId('confirm-open-shift').click();
  await expect(page.getByTestId('shift-left')).toBeVisible();
  return problems;
}

/** The same screen in every language, at a POS screen's 1024×768. */
async function shotsInEveryLocale(page: Page, name: string, path: (file: string) => string) {
  for (const locale of locales) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.screenshot({ path: path(`reports-${name}-${locale}-1024x768.png`), fullPage: false });
  }
  await page.locator('[data-locale="en"]').click();
}

test('a manager’s evening: X report, no difference with the journal, Z report kept and exported', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const problems = await openShiftAtCounter(page);

  // Three receipts: cash, card with its RRN plus cash, and cash again.
  await sellForExactCash(page, breadBarcode, milkBarcode);
  await page.getByTestId('next-sale').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('body').click();
  await scan(page, teaBarcode);
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-card').click();
  await keypad(page, '4');
  await page.getByTestId('rrn').fill('420012558259');
  await page.getByTestId('tender-cash').click();
  await keypad(page, '1');
  await page.getByTestId('confirm-pay').click();
  await page.getByTestId('next-sale').click();
  await sellForExactCash(page, breadBarcode);
  await page.getByTestId('next-sale').click();

  // Reports by its key, F9.
  await page.locator('body').click();
  await page.keyboard.press('F9');
  await expect(page.getByTestId('reports-screen')).toBeVisible();
  const operations = page.getByTestId('report-table-operations');
  await expect(operations.getByRole('row', { name: /^Sales/ })).toContainText('3');
  await expect(operations.getByRole('row', { name: /^Sales/ })).toContainText('₼7.84');
  await shotsInEveryLocale(page, 'x', testInfo.outputPath.bind(testInfo));

  await page.getByTestId('report-tab-reconcile').click();
  await expect(page.getByTestId('reconcile-summary')).toHaveText('The journal and the device agree on every figure.');
  await expect(page.locator('[data-differs]')).toHaveCount(0);
  await shotsInEveryLocale(page, 'reconciliation', testInfo.outputPath.bind(testInfo));

  await page.getByTestId('report-tab-tape').click();
  await expect(page.getByTestId('report-table-tape').locator('tbody tr')).toHaveCount(3);
  await shotsInEveryLocale(page, 'control-tape', testInfo.outputPath.bind(testInfo));

  // Close the shift while a cash-in is still on its way to a slow device: the dialog lists it
  // and waits; once it is settled, the check, then the Z report.
  counter.device.faults.next({ kind: 'delay', ms: 5_000 }, 'deposit');
  const cashIn = counter.host.call('document.submit', { document: { kind: 'deposit', cashierName: 'Leyla Həsənova', sum: 5000 } });
  await expect.poll(async () => ((await counter.host.call('journal.unsettled', {})).value as unknown[]).length).toBe(1);
  await page.getByTestId('report-tab-x').click();
  await page.getByTestId('close-shift').click();
  await expect(page.getByTestId('close-waiting')).toContainText('Cash in');
  await expect(page.getByTestId('confirm-z')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('reports-close-waiting-en-1024x768.png') });
  await cashIn;
  await expect(page.getByTestId('close-check')).toHaveText('The journal and the device agree.', { timeout: 10_000 });
  await countDrawer(page, '150');
  await page.getByTestId('confirm-z').click();
  await expect(page.getByTestId('z-taken')).toContainText('Z report № 1 taken');
  await expect(page.getByTestId('report-table-reconciliation').locator('[data-differs]')).toHaveCount(0);
  await expect(page.getByTestId('shift-bar')).toContainText('The shift is closed');
  await shotsInEveryLocale(page, 'z-detail', testInfo.outputPath.bind(testInfo));
  // Printed, the report stands alone: no bars, tabs or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.footer')).toBeHidden();
  await expect(page.getByTestId('export-json')).toBeHidden();
  await expect(page.getByTestId('report-table-operations')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reports-z-detail-print-en.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Among the past Z reports, and its JSON in the operator's format.
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByTestId('z-list')).toContainText('Agrees');
  await page.getByTestId('z-open-1').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kassa-z-report-1.json');
  const exported = ZReportExport.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
  expect(exported.totals.sale).toEqual({ count: 3, amount: 70 + 189 + 455 + 70 });
  expect(exported.payments.sale).toEqual([
    { type: 'CASH', amount: 259 + 55 + 70 },
    { type: 'CARD', amount: 400 },
  ]);
  const pdf = page.waitForEvent('download');
  await page.getByTestId('export-pdf').click();
  expect(readFileSync(await (await pdf).path()).subarray(0, 5).toString()).toBe('%PDF-');
  expect(problems).toEqual([]);
});

test('a receipt the device fiscalised while answering a refusal shows as a difference, and the Z report keeps it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const problems = await openShiftAtCounter(page);
  await sellForExactCash(page, milkBarcode);
  await page.getByTestId('next-sale').click();

  // The device writes the next receipt to its fiscal memory, then answers with a printer error.
  counter.device.faults.next({ kind: 'refuseAfterCommit', code: 999, message: 'Error message: printer is not connected' }, 'sale');
  await sellForExactCash(page, teaBarcode);
  await expect(page.getByTestId('device-error')).toContainText('printer is not connected');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-tab-reconcile').click();
  await expect(page.getByTestId('reconcile-summary')).toContainText('Figures that differ between the journal and the device');
  const salesCount = page.getByTestId('report-table-reconciliation').getByRole('row', { name: /^Sales · Count/ });
  await expect(salesCount).toHaveAttribute('data-differs', 'true');
  await expect(salesCount.locator('td')).toHaveText(['Sales · Count', '1', '2', '-1']);
  await page.getByTestId('only-differences').check();
  await shotsInEveryLocale(page, 'reconciliation-difference', testInfo.outputPath.bind(testInfo));

  await page.getByTestId('report-tab-tape').click();
  const notInJournal = page.getByTestId('report-table-tape').locator('tr[data-differs]');
  await expect(notInJournal).toHaveCount(1);
  await expect(notInJournal).toContainText('Not in the journal');
  await shotsInEveryLocale(page, 'control-tape-difference', testInfo.outputPath.bind(testInfo));

  await page.getByTestId('report-tab-x').click();
  await page.getByTestId('close-shift').click();
  await expect(page.getByTestId('close-check')).toContainText('differ in');
  await countDrawer(page, '50');
  await page.getByTestId('confirm-z').click();
  await expect(page.getByTestId('z-taken')).toContainText('Z report № 2 taken');
  await expect(page.getByTestId('report-table-reconciliation').locator('[data-differs]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await expect(page.getByTestId('z-list').getByRole('row', { name: /№ 2/ })).toContainText('Differs');
  expect(problems).toEqual([]);
});
