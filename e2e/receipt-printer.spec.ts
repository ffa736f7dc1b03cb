import { expect, test } from '@playwright/test';
import { ean13 } from '../electron/catalog/testing/barcodes';
import { startLoopbackPrinter, type LoopbackPrinter } from '../electron/printing/testing/loopback-printer';
import { keypad } from './counter';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

/** A Ukrainian shop's bread, in a tax group the Checkbox training server's table has. */
const catalogueCsv = ['name;barcodes;code;price;vat;unit;favourite;position', `Хліб білий;${ean13('482000100001')};2001;25,50;vat20;piece;yes;1`].join('\n');

let printer: LoopbackPrinter;
let host: RunningHost;

test.beforeAll(async () => {
  printer = await startLoopbackPrinter({ host: '127.0.0.73' });
  host = await startBuiltWebHost({ args: ['--training', 'checkbox'] });
  expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
  const settings = { kind: 'network', host: printer.host, port: printer.port, paper: '58', codePage: 'cp1251', kickDrawerOnCash: true };
  expect(await host.call('printer.save', { settings })).toMatchObject({ ok: true, value: { needed: true } });
});

test.afterAll(async () => {
  await host.stop();
  await printer.close();
});

test('a Checkbox sale prints on the receipt printer with its fiscal code and QR code; paper out leaves it done with "Print again"', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="uk"]').click();
  await page.getByTestId('open-shift').click();
  await expect(page.getByTestId('cashier-name')).toHaveText(e2eManager.name);
  await page.getByTestId('confirm-open-shift').click();
  await expect(page.getByTestId('open-shift')).toHaveCount(0, { timeout: 30_000 });

  const sell = async () => {
    await page.getByTestId('search').fill('Хліб');
    await page.getByTestId('search-results').getByRole('button', { name: /Хліб білий/ }).click();
    await page.getByTestId('pay').click();
    await page.getByTestId('tender-cash').click();
    await keypad(page, '30');
    await page.getByTestId('confirm-pay').click();
    await expect(page.getByTestId('result')).toBeVisible({ timeout: 30_000 });
  };

  await sell();
  await expect(page.getByTestId('receipt-print')).toHaveAttribute('data-state', 'printed', { timeout: 30_000 });
  await expect(page.getByTestId('receipt-print')).toContainText('Чек надруковано');
  const fiscalCode = (await page.getByTestId('result-short-id').textContent())!;
  expect(fiscalCode).toMatch(/^TEST-/);
  const [job] = await printer.waitForJobs(1);
  expect(job!.lines.some((line) => line.includes(fiscalCode))).toBe(true);
  expect(job!.lines.some((line) => /^СУМА +25\.50$/.test(line))).toBe(true);
  expect(job!.drawerKicks).toBe(1);
  // The e-receipt on screen is the same tax service link as the printed QR code.
  await expect(page.getByTestId('result-qr')).toBeVisible();
  expect(await page.getByTestId('result-qr').getAttribute('data-url')).toBe(job!.qrCodes[0]);
  await expect(page.getByText('Електронний чек: покупець сканує цей код телефоном')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('printed-uk.png') });
  await page.getByTestId('next-sale').click();

  printer.paperOut = true;
  await sell();
  await expect(page.getByTestId('receipt-print')).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
  await expect(page.getByTestId('receipt-print')).toContainText('у принтері закінчився папір');
  await expect(page.getByTestId('result-short-id')).toHaveText(/^TEST-/);
  const secondCode = (await page.getByTestId('result-short-id').textContent())!;
  await page.screenshot({ path: testInfo.outputPath('paper-out-uk.png') });
  expect(printer.jobs).toHaveLength(1);
  printer.paperOut = false;
  await page.getByTestId('receipt-print-again').click();
  await expect(page.getByTestId('receipt-print')).toHaveAttribute('data-state', 'printed', { timeout: 30_000 });
  const jobs = await printer.waitForJobs(2);
  expect(jobs[1]!.lines.some((line) => line.includes(secondCode))).toBe(true);
  expect(problems).toEqual([]);
});

test('the device settings offer the receipt printer for Checkbox, and its test page prints in the chosen code page and width', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="uk"]').click();
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('receipt-printer');
  await expect(panel).toContainText('Принтер чеків');
  await expect(page.getByTestId('printer-host')).toHaveValue(printer.host);
  await page.getByTestId('printer-paper').selectOption('80');
  await page.getByTestId('printer-code-page').selectOption('cp866');
  // A host name with a space is no address: zod says so, and neither button goes.
  await page.getByTestId('printer-host').fill('printer one');
  await expect(page.getByTestId('printer-test')).toBeDisabled();
  await page.getByTestId('printer-host').fill(printer.host);
  const before = printer.jobs.length;
  await page.getByTestId('printer-test').click();
  await expect(page.getByTestId('printer-test-result')).toHaveAttribute('data-state', 'printed');
  const jobs = await printer.waitForJobs(before + 1);
  const testPage = jobs[before]!;
  expect(testPage.codePages).toEqual([17]);
  // CP866 has no Ukrainian і: it prints as the Latin i, which looks the same on paper.
  expect(testPage.lines[0]).toBe('Kassa: перевiрка принтера чекiв');
  expect(testPage.lines).toContain('48 / cp866');
  await page.getByTestId('printer-save').click();
  await expect(panel).toContainText('Збережено');
  expect(await host.call('printer.get', {})).toMatchObject({ ok: true, value: { settings: { paper: '80', codePage: 'cp866' } } });
});
