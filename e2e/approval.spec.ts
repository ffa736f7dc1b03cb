import { expect, test } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { breadBarcode, catalogueCsv, milkBarcode } from './catalogue-fixture';
import { addCashier, cashOutReason, keypad, pin, signIn } from './counter';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

let device: CasposSimulator;
let host: RunningHost;

test.beforeAll(async () => {
  device = await startCasposSimulator();
  host = await startBuiltWebHost({ args: ['--device-url', device.url] });
  expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
});
test.afterAll(async () => {
  await host.stop();
  await device.close();
});

const cashier = { name: 'Nigar Əliyeva', pin: '1357' };

test('a cashier refunds, cashes out and clears a cart only with a manager’s PIN, and the audit log says who approved', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`approval-${name}.png`) });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();

  // The manager adds a cashier in Settings, opens the shift, and locks the station.
  await addCashier(page, cashier);
  await page.getByTestId('nav-sale').click();
  await page.getByTestId('open-shift').click();
  await page.getByTestId('confirm-open-shift').click();
  await page.getByTestId('lock-station').click();

  // The cashier signs in; a wrong PIN first says how many tries are left.
  await expect(page.getByTestId('login-screen')).toBeVisible();
  for (const locale of ['az', 'uk', 'ru', 'en'] as const) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await page.screenshot({ path: testInfo.outputPath(`approval-login-${locale}.png`) });
  }
  await page.getByRole('button', { name: new RegExp(cashier.name) }).click();
  await pin(page, '9999');
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. Attempts left: 4.');
  await pin(page, cashier.pin);
  await expect(page.getByTestId('person-badge')).toContainText(`${cashier.name} · Cashier`);

  // A sale needs nobody's approval.
  await page.locator('body').click();
  await page.keyboard.type(milkBarcode, { delay: 4 });
  await page.keyboard.press('Enter');
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await page.getByTestId('next-sale').click();

  // The refund asks for a manager's PIN; the cashier's own PIN approves nothing.
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼1\.89/ }).click();
  await page.getByTestId('refund').click();
  await page.getByTestId('refund-line-0').click();
  await keypad(page, '1');
  await page.getByTestId('confirm-refund').click();
  await expect(page.getByTestId('approval-action')).toHaveText('“Refund” needs a manager’s PIN.');
  await pin(page, cashier.pin);
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Wrong PIN. Attempts left: 4.');
  await pin(page, e2eManager.pin);
  // Approved, the refund goes through and shows its receipt, as a sale does.
  await expect(page.getByTestId('result-number')).toBeVisible();
  await page.getByTestId('next-sale').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('receipt-list').getByRole('button').first()).toContainText('Refund');

  // Cash out: approved once, for that one withdrawal.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('cash-out').click();
  await keypad(page, '5');
  await cashOutReason(page, 'Change for the bakery');
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('cash-done')).toContainText('₼5.00');

  // Clearing a cart with goods: cancelled first (the cart stays), then approved.
  await page.getByTestId('nav-sale').click();
  await page.locator('body').click();
  await page.keyboard.type(breadBarcode, { delay: 4 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(1);
  for (const locale of ['az', 'uk', 'ru', 'en'] as const) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await page.keyboard.press('F8');
    await expect(page.getByTestId('approval-action')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`approval-dialog-${locale}.png`) });
    await page.getByTestId('approval-cancel').click();
    await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(1);
  }
  await page.keyboard.press('F8');
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('cart-lines')).toHaveCount(0);
  await shot('cleared');
  // A slip of the finger is undone with one tap, until the next product goes on the cart.
  await page.getByTestId('undo-clear').click();
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(1);
  await page.keyboard.press('F8');
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('cart-lines')).toHaveCount(0);

  // The device holds the sale, the refund and the withdrawal, all in the cashier's name.
  expect(device.memory.all().map((d) => [d.type, d.total])).toEqual([
    ['sale', 189],
    ['money_back', 189],
    ['withdraw', 500],
  ]);
  expect(device.received.filter((body) => /"(sale|moneyBack|withDraw)"/.test(body)).every((body) => body.includes(cashier.name))).toBe(true);

  // The manager signs in and reads the audit log: who did what, and who approved it.
  await page.getByTestId('lock-station').click();
  await signIn(page, e2eManager.name, e2eManager.pin);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-audit').click();
  const table = page.getByTestId('audit-table');
  for (const action of ['Refund', 'Cash out', 'Clear the cart']) {
    await expect(table.getByRole('row').filter({ hasText: action }).filter({ hasText: 'done' }).filter({ hasText: cashier.name }).filter({ hasText: e2eManager.name })).not.toHaveCount(0);
  }
  // The cash-out reads in the manager's words: the amount, the device's number and the reason, no internals.
  const cashOutRow = table.getByRole('row').filter({ hasText: 'Cash out' }).filter({ hasText: 'done' }).filter({ hasText: cashier.name }).first();
  await expect(cashOutRow).toContainText(/Cash out · Amount ₼5\.00 · document № \d+ · reason: Change for the bakery/);
  await expect(table).not.toContainText('channel');
  await expect(table).not.toContainText('uuid');
  await shot('audit');
  expect(problems).toEqual([]);
});
