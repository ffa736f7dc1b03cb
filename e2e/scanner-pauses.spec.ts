import { expect, test, type Page } from '@playwright/test';
import { breadBarcode, milkBarcode, teaBarcode } from './catalogue-fixture';
import { startTheDay, useCounter } from './counter';
import { sendBurst } from './scanner-keys';

/**
 * Issue 19: a scanner's burst with one pause in it is one code, never cut into typed keys and a
 * shorter code (renderer/scanner/burst.ts), at the counter and in the search box.
 */
const counter = useCounter();
const lines = (page: Page) => page.getByTestId('cart-lines').locator('li');

test('a scanner with uneven gaps and one pause mid-code is read whole, at the counter and in the search box', async ({ page }) => {
  test.setTimeout(120_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  await page.locator('body').click();
  // Gaps a real scanner gives, up to just under the shop's limit (50 ms by default; the stamps
  // travel as seconds in floating point, so exactly 50 may arrive as a hair over), and one pause
  // of 250 ms after the third key, as a wireless scanner holding a key back: the issue's
  // 4770010012340 was looked up as 0010012340 after such a pause.
  const gaps = [4, 17, 48, 9, 33, 48, 0];
  const jittered = (pauseAfter: number) => (i: number) => {
    let at = 0;
    for (let key = 1; key <= i; key++) at += gaps[key % gaps.length]! + (key === pauseAfter + 1 ? 250 : 0);
    return at;
  };
  await sendBurst(page, breadBarcode, jittered(2));
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page).first()).toContainText('Çörək');
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // The pause just before Enter.
  await sendBurst(page, milkBarcode, jittered(milkBarcode.length - 1));
  await expect(lines(page)).toHaveCount(2);
  await expect(lines(page).nth(1)).toContainText('Süd');

  // With the search box focused: the code is taken back out of it whole, the product added.
  await page.getByTestId('search').click();
  await sendBurst(page, teaBarcode, jittered(5));
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).nth(2)).toContainText('Çay');
  await expect(page.getByTestId('search')).toHaveValue('');
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
