import { expect, test } from '@playwright/test';
import { breadBarcode, milkBarcode } from './catalogue-fixture';
import { scan, startTheDay, useCounter } from './counter';

const counter = useCounter();

test('a cart survives a reload; a ticket parked for the next customer is recalled whole', async ({ page }) => {
  test.setTimeout(90_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  const lines = page.getByTestId('cart-lines').locator('li');
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, breadBarcode);
  await expect(lines).toHaveCount(1);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.40');

  // The first customer steps aside: parked, and the next one is served on an empty cart.
  await page.getByTestId('cart-park').click();
  await expect(lines).toHaveCount(0);
  await scan(page, milkBarcode);
  await expect(lines).toHaveCount(1);
  await expect(page.getByTestId('cart-parked')).toContainText('1');

  // A reload (or a crash of the page) loses neither the cart on the counter nor the parked ticket.
  await page.reload();
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Süd');
  await expect(page.getByTestId('cart-parked')).toContainText('1');

  // Recalled: the first customer's goods come back, and the cart on the counter is parked in their place.
  await page.getByTestId('cart-parked').click();
  await expect(page.getByTestId('parked-tickets')).toContainText('Çörək');
  await page.getByTestId('recall-ticket').click();
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Çörək');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.40');
  await page.getByTestId('cart-parked').click();
  await expect(page.getByTestId('parked-tickets')).toContainText('Süd');
});
