import { expect, test, type Locator, type Page } from '@playwright/test';
import { breadBarcode, milkBarcode, teaBarcode } from './catalogue-fixture';
import { scan, startTheDay, useCounter } from './counter';

const counter = useCounter();

/**
 * The taps a cashier makes for the counter's everyday work, counted as the spec makes them: a
 * scan is no tap, each touch of a button or a keypad key is one. The closing note quotes these;
 * the bounds keep a change that adds a tap from passing unnoticed.
 */
class Taps {
  count = 0;
  async tap(target: Locator): Promise<void> {
    await target.click();
    this.count += 1;
  }
  /** Digits on the on-screen keypad, then its OK: one tap each. */
  async keypad(page: Page, digits: string): Promise<void> {
    for (const digit of digits) await this.tap(page.locator('.keypad').getByRole('button', { name: digit, exact: true }));
    await this.tap(page.getByTestId('keypad-ok'));
  }
}

async function payExactCash(page: Page, taps: Taps): Promise<void> {
  await taps.tap(page.getByTestId('pay'));
  await taps.tap(page.getByRole('button', { name: 'Exact cash' }));
  await taps.tap(page.getByTestId('confirm-pay'));
  await expect(page.getByTestId('result-number')).toBeVisible();
  await taps.tap(page.getByTestId('next-sale'));
}

test('taps at the counter: a 3-item cash sale, a parked-and-recalled sale, a refund of one line', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  const lines = page.getByTestId('cart-lines').locator('li');
  const counts: Record<string, number> = {};

  // A 3-item cash sale, exact cash: the goods scanned, then Pay, Exact cash, Pay and Next.
  await page.locator('body').click();
  const sale = new Taps();
  for (const code of [breadBarcode, milkBarcode, teaBarcode]) await scan(page, code);
  await expect(lines).toHaveCount(3);
  await payExactCash(page, sale);
  counts.threeItemCashSale = sale.count;

  // Parked for the customer who forgot something, the next one served, then recalled and paid.
  const parked = new Taps();
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, teaBarcode);
  await expect(lines).toHaveCount(2);
  await parked.tap(page.getByTestId('cart-park'));
  await expect(lines).toHaveCount(0);
  await scan(page, milkBarcode);
  await payExactCash(page, new Taps());
  await parked.tap(page.getByTestId('cart-parked'));
  await parked.tap(page.getByTestId('recall-ticket'));
  await expect(lines).toHaveCount(2);
  await payExactCash(page, parked);
  counts.parkedAndRecalledSale = parked.count;

  // A refund of one line of the first sale, in cash: the receipt found in the list.
  const refund = new Taps();
  await refund.tap(page.getByTestId('nav-receipts'));
  await refund.tap(page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼7\.14/ }));
  await refund.tap(page.getByTestId('refund'));
  await refund.tap(page.getByTestId('refund-line-0'));
  await refund.keypad(page, '1');
  await refund.tap(page.getByTestId('confirm-refund'));
  await expect(page.getByTestId('result-number')).toBeVisible();
  await refund.tap(page.getByTestId('next-sale'));
  counts.refundOfOneLine = refund.count;

  console.log(`taps: ${JSON.stringify(counts)}`);
  await testInfo.attach('tap-counts.json', { body: JSON.stringify(counts, null, 2), contentType: 'application/json' });
  expect(counts).toEqual({ threeItemCashSale: 4, parkedAndRecalledSale: 7, refundOfOneLine: 8 });
});
