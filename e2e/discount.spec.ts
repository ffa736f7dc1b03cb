import { expect, test } from '@playwright/test';
import { breadBarcode } from './catalogue-fixture';
import { scan, startTheDay, useCounter } from './counter';

const counter = useCounter();

test('a discount is given in money or in percent, starts at the current one, and one above the sum is refused, not cut', async ({ page }) => {
  test.setTimeout(90_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, breadBarcode);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.40');

  await page.keyboard.press('F5');
  await expect(page.getByTestId('discount-money')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('keypad-display')).toContainText('₼');
  await page.keyboard.type('5', { delay: 120 });
  await expect(page.getByTestId('keypad-problem')).toContainText('₼1.40');
  await expect(page.getByTestId('keypad-ok')).toBeDisabled();

  // 10 % of 1,40 is 0,14.
  await page.getByTestId('discount-percent').click();
  await expect(page.getByTestId('keypad-display')).toContainText('%');
  await page.keyboard.type('10', { delay: 120 });
  await expect(page.getByTestId('keypad-problem')).toHaveCount(0);
  await page.getByTestId('keypad-ok').click();
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.26');

  // Opened again, it shows the discount there is.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('keypad-display')).toContainText('0,14');
  await page.keyboard.press('Escape');

  // 150 % of the receipt is refused too.
  await page.keyboard.press('F6');
  await page.getByTestId('discount-percent').click();
  await page.keyboard.type('150', { delay: 120 });
  await expect(page.getByTestId('keypad-ok')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.26');
});
