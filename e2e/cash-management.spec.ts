import { expect, test, type Page } from '@playwright/test';
import { breadBarcode, teaBarcode } from './catalogue-fixture';
import { addCashier, cashOutReason, countDrawer, keypad, pin, scan, signIn, useCounter } from './counter';
import { e2eManager } from './web-host';

const counter = useCounter();
const cashier = { name: 'Nigar Əliyeva', pin: '1357' };
const locales = ['az', 'uk', 'ru', 'en'] as const;

/**
 * The same screen in each language. The header's language buttons lie under an open dialog's
 * backdrop, so the click is dispatched to the button itself: what is shot is the dialog's text.
 */
async function shotsInEveryLocale(page: Page, name: string, path: (file: string) => string) {
  for (const locale of locales) {
    await page.locator(`[data-locale="${locale}"]`).dispatchEvent('click');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.screenshot({ path: path(`${name}-${locale}-1024x768.png`) });
  }
}

test('cash at the counter: a capped discount asks the manager, the receipt shows what was paid, a cash-out needs a reason and a confirmation, the Z counts blind and keeps the short, the audit reads in words', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const path = testInfo.outputPath.bind(testInfo);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(counter.host.url);
  await page.locator('[data-locale="en"]').click();

  // The manager sets the shop's rules: a cashier gives 10 % alone; cash in or out above 50 ₼ is checked.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-shop').click();
  await page.getByTestId('setting-cashierDiscountCapPercent').fill('10');
  await page.getByTestId('setting-cashConfirmAbove').fill('50');
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await shotsInEveryLocale(page, 'cash-settings', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');
  await addCashier(page, cashier);

  // The shift opens with 100 ₼ in the drawer; the cashier takes over.
  await page.getByTestId('nav-sale').click();
  await page.getByTestId('open-shift').click();
  await page.getByTestId('opening-float').click();
  await keypad(page, '100');
  await page.getByTestId('confirm-open-shift').click();
  await page.getByTestId('lock-station').click();
  await signIn(page, cashier.name, cashier.pin);

  // Çay 4,55 and bread 0,70; 20 % off the tea is beyond the cashier's 10 %: the manager's PIN is asked, never a silent cap.
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, teaBarcode);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼5.25');
  await page.keyboard.press('F5');
  await page.getByTestId('discount-percent').click();
  await expect(page.getByTestId('discount-cap')).toHaveText('More than 10 %: a manager’s PIN will be asked.');
  await page.keyboard.type('20', { delay: 120 });
  await page.getByTestId('keypad-ok').click();
  await expect(page.getByTestId('approval-action')).toHaveText('“Discount above the cap” needs a manager’s PIN.');
  await shotsInEveryLocale(page, 'discount-approval', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼4.34');

  // Paid with 5,00 in cash: the approval covers the sale, no second PIN.
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-cash').click();
  await keypad(page, '5');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('result-change')).toHaveText('₼0.66');
  await page.getByTestId('next-sale').click();

  // The receipt detail: the tea's discount and what was paid for it, the total paid, the tender and the change.
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼4\.34/ }).click();
  await expect(page.getByTestId('receipt-lines')).toContainText('Çay Azərçay 100 q — 1 × ₼4.55 · discount ₼0.91 · paid ₼3.64');
  const paid = page.getByTestId('receipt-paid');
  await expect(paid).toContainText('Before discount₼5.25');
  await expect(paid).toContainText('Discount− ₼0.91');
  await expect(paid).toContainText('Total paid₼4.34');
  await expect(paid).toContainText('Paid with: Cash₼5.00');
  await expect(paid).toContainText('Change₼0.66');
  await shotsInEveryLocale(page, 'receipt-detail', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');

  // A refund of the discounted tea gives back what was paid for it.
  await page.getByTestId('refund').click();
  await page.getByTestId('refund-line-1').click();
  await keypad(page, '1');
  await expect(page.getByTestId('refund-total')).toHaveText('₼3.64');
  await expect(page.getByTestId('refund-line-paid-1')).toHaveText('Refunds what was paid for it: ₼3.64');
  await page.keyboard.press('Escape');

  // The Cash screen: what the drawer should hold. 100 + 4,34 kept.
  await page.getByTestId('nav-cash').click();
  await expect(page.getByTestId('expected-cash-total')).toHaveText('₼104.34');
  await shotsInEveryLocale(page, 'expected-cash', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');

  // A cash-out of 60 ₼: a reason first (nothing goes without one), then, above 50 ₼, the amount confirmed in full.
  await page.getByTestId('cash-out').click();
  await keypad(page, '60');
  await expect(page.getByTestId('cash-reason-next')).toBeDisabled();
  await expect(page.getByTestId('cash-reason-needed')).toBeVisible();
  await cashOutReason(page, 'Taken to the bank');
  await expect(page.getByTestId('cash-confirm')).toContainText('Take ₼60.00 out of the drawer?');
  await expect(page.getByTestId('cash-confirm')).toContainText('₼50.00');
  await shotsInEveryLocale(page, 'cash-out-confirm', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');
  await page.getByTestId('cash-confirm-ok').click();
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('cash-done')).toContainText('₼60.00');
  await expect(page.getByTestId('expected-cash-total')).toHaveText('₼44.34');
  // Nothing reached the device before the confirmation; exactly one withdrawal after it.
  expect(counter.device.memory.all().filter((d) => d.type === 'withdraw').map((d) => d.total)).toEqual([6000]);
  // The reason stays with the document in the receipt list.
  await page.getByTestId('nav-receipts').click();
  await expect(page.getByTestId('receipt-list').getByRole('button', { name: /Cash out.*Taken to the bank/ })).toBeVisible();

  // The manager's evening: the X report shows the expected cash; the Z asks for a count without showing it.
  await page.getByTestId('lock-station').click();
  await signIn(page, e2eManager.name, e2eManager.pin);
  await page.locator('body').click();
  await page.keyboard.press('F9');
  await expect(page.getByTestId('x-report').getByTestId('expected-cash-total')).toHaveText('₼44.34');
  await page.getByTestId('close-shift').click();
  await expect(page.getByTestId('blind-count')).toBeVisible();
  await expect(page.getByTestId('close-shift-dialog')).not.toContainText('44.34');
  await expect(page.getByTestId('confirm-z')).toBeDisabled();
  await shotsInEveryLocale(page, 'blind-count', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');
  await countDrawer(page, '44');
  await page.getByTestId('confirm-z').click();
  const z = page.getByTestId('z-detail');
  await expect(z).toContainText('Cash expected₼44.34');
  await expect(z).toContainText('Cash counted₼44.00');
  await expect(z).toContainText('Cash short₼0.34');
  await shotsInEveryLocale(page, 'z-short', path);
  await page.locator('[data-locale="en"]').dispatchEvent('click');

  // The audit log in words: the discount approval, the cash-out with its amount, number and reason, the Z with its short.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-audit').click();
  const table = page.getByTestId('audit-table');
  await expect(table.getByRole('row').filter({ hasText: 'for: Discount above the cap' }).first()).toContainText(cashier.name);
  await expect(table.getByRole('row').filter({ hasText: /Cash out · Amount ₼60\.00 · document № \d+ · reason: Taken to the bank/ })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: /Z report № \d+ · Cash short ₼0\.34/ })).toHaveCount(1);
  await expect(table).not.toContainText('uuid');
  await shotsInEveryLocale(page, 'audit-words', path);
  expect(problems).toEqual([]);
});
