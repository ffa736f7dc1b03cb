import { expect, test, type Page } from '@playwright/test';
import { breadBarcode, milkBarcode } from './catalogue-fixture';
import { addByName, expectResult, keypad, pin, scan, signIn, startTheDay, useCounter, cashOutReason, countDrawer } from './counter';
import { e2eManager } from './web-host';

/**
 * Issue 6's evening, in order: a cashier's day with a refund and a cash-out a manager approves
 * with a PIN, a credit sale and its first payment; then the manager's X report, the journal's
 * check with no difference, and the Z report. (A refusal that shows as a difference is the
 * second test of manager-reports.spec.ts.)
 */
const shop = useCounter();
const cashier = { name: 'Nigar Əliyeva', pin: '1357' };
const locales = ['az', 'uk', 'ru', 'en'] as const;

async function shots(page: Page, name: string, path: (file: string) => string) {
  for (const locale of locales) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.screenshot({ path: path(`evening-${name}-${locale}.png`) });
  }
  await page.locator('[data-locale="en"]').click();
}

test('a manager’s evening: approvals, a credit sale and its first payment, X report, no difference, Z report', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await startTheDay(page, shop.host.url, { width: 1024, height: 768 });
  expect(await shop.host.call('people.save', { name: cashier.name, role: 'cashier', pin: cashier.pin, active: true })).toMatchObject({ ok: true });
  await page.getByTestId('lock-station').click();
  await signIn(page, cashier.name, cashier.pin);

  // The cashier's day: two cash sales.
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, milkBarcode);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼2.59');
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await expectResult(page);

  // A sale on credit (4,00 of 5,25) and its first payment, 1,50 in cash: 2,50 is left.
  await addByName(page, 'Çay');
  await addByName(page, 'Çörək');
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-credit').click();
  await keypad(page, '4');
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('credit-contract').fill('KR-2026/21');
  await page.getByTestId('credit-payer').fill('Rəşad Əliyev');
  await page.getByTestId('confirm-pay').click();
  await expectResult(page);
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('flow-credit').click();
  await page.getByTestId('account-search').fill('KR-2026/21');
  await page.getByTestId('account-list').getByRole('button', { name: /KR-2026\/21/ }).click();
  await page.getByTestId('credit-amount').click();
  await keypad(page, '1,5');
  await expect(page.getByTestId('credit-after')).toHaveText('₼2.50');
  await page.getByTestId('confirm-credit-pay').click();
  await expectResult(page);

  // A refund of the milk: the cashier cannot alone; the manager's PIN approves it.
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼2\.59/ }).first().click();
  await page.getByTestId('refund').click();
  await page.getByTestId('refund-line-1').click();
  await keypad(page, '1');
  await page.getByTestId('confirm-refund').click();
  await expect(page.getByTestId('approval-action')).toHaveText('“Refund” needs a manager’s PIN.');
  await pin(page, e2eManager.pin);
  await expectResult(page);

  // A cash-out of 10,00, approved the same way.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('cash-out').click();
  await keypad(page, '10');
  await cashOutReason(page, 'Supplier paid');
  await expect(page.getByTestId('approval-action')).toHaveText('“Cash out” needs a manager’s PIN.');
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('cash-done')).toContainText('₼10.00');

  // The manager's evening: X report, the journal's check, the Z report.
  await page.getByTestId('lock-station').click();
  await signIn(page, e2eManager.name, e2eManager.pin);
  await page.locator('body').click();
  await page.keyboard.press('F9');
  const operations = page.getByTestId('report-table-operations');
  await expect(operations.getByRole('row', { name: /^Sales/ })).toContainText('₼7.84');
  await shots(page, 'x', testInfo.outputPath.bind(testInfo));
  await page.getByTestId('report-tab-reconcile').click();
  await expect(page.getByTestId('reconcile-summary')).toHaveText('The journal and the device agree on every figure.');
  await expect(page.locator('[data-differs]')).toHaveCount(0);
  await shots(page, 'reconciliation', testInfo.outputPath.bind(testInfo));
  await page.getByTestId('report-tab-x').click();
  await page.getByTestId('close-shift').click();
  await expect(page.getByTestId('close-check')).toHaveText('The journal and the device agree.', { timeout: 10_000 });
  await countDrawer(page, '100');
  await page.getByTestId('confirm-z').click();
  await expect(page.getByTestId('z-taken')).toContainText('Z report № 1 taken');
  await expect(page.getByTestId('report-table-reconciliation').locator('[data-differs]')).toHaveCount(0);
  await shots(page, 'z', testInfo.outputPath.bind(testInfo));

  // On the device: the sales, the credit payment, the refund and the withdrawal in the cashier's
  // name (the manager only approved), then the Z report in the manager's.
  expect(shop.device.memory.all().map((d) => [d.type, d.total])).toEqual([
    ['sale', 259],
    ['sale', 525],
    ['credit', 150],
    ['money_back', 189],
    ['withdraw', 1000],
    ['z_report', 0],
  ]);
  const bodies = shop.device.received.filter((body) => /"operation":"(sale|credit|moneyBack|withDraw)"/.test(body));
  expect(bodies).toHaveLength(5);
  for (const body of bodies) expect(body).toContain(cashier.name);
  expect(shop.device.received.find((body) => body.includes('"closeShift"'))).toContain(e2eManager.name);
  expect(problems).toEqual([]);
});
