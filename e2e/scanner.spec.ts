import { expect, test, type Page } from '@playwright/test';
import { breadBarcode, milkBarcode, teaBarcode } from './catalogue-fixture';
import { keypad, scan, startTheDay, useCounter } from './counter';
import { sendBurst } from './scanner-keys';

/**
 * The scanner path never drops a code: a page busy for a moment while the scanner types, a scan
 * while the quantity keypad is open, a code typed by hand and Enter, an unknown code.
 */
const counter = useCounter();
const lines = (page: Page) => page.getByTestId('cart-lines').locator('li');

/**
 * A scan 4 ms a key; half-way through the code the page's main thread is busy for 300 ms (a
 * re-render, a garbage collection on a slow PC): the first keys are handled at once, the rest
 * 300 ms later.
 */
async function scanThroughBusyPage(page: Page, code: string): Promise<void> {
  // The page itself turns busy right after handling the key half-way through.
  await page.evaluate((half) => {
    // The page's window, typed here where the specs' types know no DOM.
    const window = globalThis as unknown as Record<'addEventListener' | 'removeEventListener', (type: string, listener: () => void, options: { capture: boolean }) => void>;
    let seen = 0;
    const busy = () => {
      seen += 1;
      if (seen !== half) return;
      window.removeEventListener('keydown', busy, { capture: true });
      const end = performance.now() + 300;
      while (performance.now() < end);
    };
    window.addEventListener('keydown', busy, { capture: true });
  }, Math.floor(code.length / 2));
  await sendBurst(page, code, (i) => i * 4);
}

test('scans survive a busy page and an open keypad; Enter in search adds by code; an unknown code is named', async ({ page }) => {
  test.setTimeout(120_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  await page.locator('body').click();

  // The page is busy half-way through a scan: timed by their own stamps the keys are still one burst.
  await scanThroughBusyPage(page, breadBarcode);
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page).first()).toContainText('Çörək');

  // A scan while the quantity keypad is open waits, visibly, and is added when it closes.
  await page.keyboard.press('F4');
  await expect(page.getByTestId('keypad-display')).toBeVisible();
  await scan(page, milkBarcode);
  await expect(page.getByTestId('scan-queued')).toContainText(milkBarcode);
  await expect(lines(page)).toHaveCount(1);
  await keypad(page, '2');
  await expect(lines(page)).toHaveCount(2);
  await expect(lines(page).nth(1)).toContainText('Süd');
  await expect(page.getByTestId('scan-queued')).toHaveCount(0);

  // A code typed by hand (slower than any scanner), then Enter: the product with that code.
  await page.getByTestId('search').pressSequentially('1004', { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).nth(2)).toContainText('Çay');
  await expect(page.getByTestId('search')).toHaveValue('');

  // A name, ↓ to the second result, Enter: that product, not the first.
  await page.getByTestId('search').pressSequentially('a', { delay: 120 });
  const results = page.getByTestId('search-results').locator('button.result');
  await expect(results.nth(1)).toBeVisible();
  const [firstName, secondName] = [(await results.nth(0).locator('.result-name').textContent()) ?? '', (await results.nth(1).locator('.result-name').textContent()) ?? ''];
  expect(secondName).not.toBe(firstName);
  const before = await page.getByTestId('receipt-total').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toHaveClass(/highlighted/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search')).toHaveValue('');
  // A weighed product asks for its weight first.
  if (await page.getByTestId('keypad-display').isVisible()) await keypad(page, '1');
  await expect(page.getByTestId('receipt-total')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('cart-lines')).toContainText(secondName);

  // An unknown code: nothing added, the code itself in the notice.
  await page.locator('body').click();
  const count = await lines(page).count();
  await scan(page, '4760009999996');
  await expect(page.getByTestId('notice')).toContainText('4760009999996');
  await expect(lines(page)).toHaveCount(count);
  // And the next scan goes on as usual.
  const total = (await page.getByTestId('receipt-total').textContent()) ?? '';
  await scan(page, teaBarcode);
  await expect(page.getByTestId('receipt-total')).not.toHaveText(total);
});
