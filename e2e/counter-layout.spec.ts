import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../shared/locale';
import { basket, basketCsv, fillBasket } from './basket-fixture';
import { startTheDay, useCounter } from './counter';
import { expectBarsOnOneRow } from './layout-checks';
import type { PageElement, PageWindow } from './page-shapes';

/**
 * The counter uses the screen: at 1024x768 at least eight cart lines are in view with the quick
 * keys beside them, and at 1920x1080 a ten-item basket needs no scrolling, in every language.
 */
const counter = useCounter();
const locales: Locale[] = ['az', 'uk', 'ru', 'en'];

test.beforeAll(async () => {
  expect(await counter.host.call('catalog.import', { csv: basketCsv, mode: 'replace' })).toMatchObject({ ok: true, value: { imported: basket.length } });
});

/** How many cart lines lie wholly inside both the window and the cart's own scrolling box. */
async function linesInView(page: Page): Promise<number> {
  return page.getByTestId('cart-lines').evaluate((element) => {
    const list = element as unknown as PageElement;
    const window = globalThis as unknown as PageWindow;
    const box = list.getBoundingClientRect();
    return Array.from(list.querySelectorAll('li')).filter((li) => {
      const line = li.getBoundingClientRect();
      return line.height > 0 && line.top >= Math.max(box.top, 0) - 0.5 && line.bottom <= Math.min(box.bottom, window.innerHeight) + 0.5;
    }).length;
  });
}

test('a ten-item basket: lines in view beside the quick keys, Pay in view, every bar on one row, in every language at 1024x768 and 1920x1080', async ({ page }) => {
  test.setTimeout(240_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });
  await page.locator('body').click();
  await fillBasket(page, 10);
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const locale of locales) {
      const label = `${locale} ${size.width}x${size.height}`;
      await page.locator(`[data-locale="${locale}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.screenshot({ path: `test-results/screens/${locale}-${size.width}x${size.height}-counter.png` });
      const inView = await linesInView(page);
      if (size.width >= 1920) expect(inView, `${label}: all ten lines without scrolling`).toBe(10);
      else expect(inView, `${label}: at least eight lines in view`).toBeGreaterThanOrEqual(8);
      // The quick keys stand beside the lines, not below them, and are in the window too.
      const cart = (await page.getByTestId('cart-lines').boundingBox())!;
      const keys = page.locator('.quick-key');
      await expect(keys).toHaveCount(8);
      const key = (await keys.first().boundingBox())!;
      expect(key.x >= cart.x + cart.width || key.x + key.width <= cart.x, `${label}: quick keys beside the cart`).toBe(true);
      expect(key.y + key.height).toBeLessThanOrEqual(size.height);
      await expect(page.getByTestId('pay')).toBeInViewport({ ratio: 1 });
      await expectBarsOnOneRow(page, label);
    }
  }
});
