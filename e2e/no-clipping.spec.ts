import { expect, test } from '@playwright/test';
import type { Locale } from '../shared/locale';
import { basket, basketCsv, fillBasket } from './basket-fixture';
import { clippedTexts } from './clipping';
import { keypad, startTheDay, useCounter } from './counter';
import { barRows } from './layout-checks';

/**
 * No text is cut on the main screens, in any language, at the smallest supported window and at
 * full HD: each screen is checked by the page's own measurements and saved as a screenshot
 * (test-results/screens/<locale>-<w>x<h>-<screen>.png) for a person to look over.
 */
const counter = useCounter();
const locales: Locale[] = ['az', 'uk', 'ru', 'en'];
const sizes = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

test.beforeAll(async () => {
  expect(await counter.host.call('catalog.import', { csv: basketCsv, mode: 'replace' })).toMatchObject({ ok: true, value: { imported: basket.length } });
});

test('no text clipped and every bar on one row on the main screens, in az, uk, ru and en, at 1024x768 and 1920x1080', async ({ page }) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  let size = { width: 1024, height: 768 };
  let locale: Locale = 'en';
  const check = async (screen: string) => {
    const label = `${locale}-${size.width}x${size.height}-${screen}`;
    await page.screenshot({ path: `test-results/screens/${label}.png` });
    for (const problem of await clippedTexts(page)) problems.push(`${label}: ${problem}`);
    for (const [bar, rows] of Object.entries(await barRows(page))) if (rows > 1) problems.push(`${label}: ${bar} takes ${rows} rows`);
  };
  const nav = async (screen: string) => {
    await page.getByTestId(`nav-${screen}`).click();
  };

  await startTheDay(page, counter.host.url, size);
  for (size of sizes) {
    await page.setViewportSize(size);
    for (locale of locales) {
      await page.locator(`[data-locale="${locale}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await nav('sale');
      await fillBasket(page, 3);
      await page.getByTestId('cart-lines').locator('li').first().click();
      await check('sale');
      await page.getByTestId('pay').click();
      await page.getByTestId('tender-cash').click();
      await keypad(page, '10');
      await check('payment');
      await page.getByTestId('confirm-pay').click();
      await expect(page.getByTestId('result-change')).toBeVisible();
      await check('result');
      await page.getByTestId('next-sale').click();
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await nav('receipts');
      await page.getByTestId('receipt-list').locator('button').first().click();
      await check('receipts');
      await nav('reports');
      await page.getByTestId('report-tab-x').click();
      await expect(page.getByTestId('reports-screen')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await check('report-x');
      await page.getByTestId('report-tab-z').click();
      await check('report-z');
      await nav('cash');
      await check('cash');
      await nav('catalogue');
      await check('catalogue');
      await nav('settings');
      await check('settings');
      await nav('dashboard');
      await expect(page.getByTestId('dashboard')).toBeVisible();
      await check('dashboard');
    }
  }
  expect(problems).toEqual([]);
});
