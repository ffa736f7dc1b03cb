import { expect, test } from '@playwright/test';
import { startBuiltWebHost, type RunningHost } from './web-host';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startBuiltWebHost();
});

test.afterAll(async () => {
  await host.stop();
});

const expectations = [
  { locale: 'az', badge: 'TƏLİM — fiskal deyil', connection: 'Qoşulub', total: '0,00 ₼', lang: 'az' },
  { locale: 'uk', badge: 'НАВЧАННЯ — не фіскальний', connection: 'Підключено', total: '0,00 ₼', lang: 'uk' },
  { locale: 'ru', badge: 'ОБУЧЕНИЕ — не фискальный', connection: 'Подключено', total: '0,00 ₼', lang: 'ru' },
  { locale: 'en', badge: 'TRAINING — not fiscal', connection: 'Connected', total: '₼0.00', lang: 'en' },
] as const;

test('the cashier shell starts connected to the training device and switches az → uk → ru → en', async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });

  await page.goto(host.url);
  await expect(page.getByTestId('cashier-shell')).toBeVisible();
  await expect(page.getByTestId('device-name')).toHaveText('Caspos Mobile');

  for (const expected of expectations) {
    await page.locator(`[data-locale="${expected.locale}"]`).click();
    await expect(page.locator(`[data-locale="${expected.locale}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('training-badge')).toHaveText(expected.badge);
    await expect(page.getByTestId('device-connection')).toHaveText(expected.connection);
    await expect(page.getByTestId('receipt-total')).toHaveText(expected.total);
    await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
    await page.screenshot({ path: testInfo.outputPath(`cashier-shell-${expected.locale}.png`), fullPage: true });
  }

  // The choice is the main process's setting, so it survives a reload.
  await page.reload();
  await expect(page.getByTestId('training-badge')).toHaveText('TRAINING — not fiscal');
  expect(problems).toEqual([]);
});

test('the page refuses to load without the run token', async ({ page }) => {
  const response = await page.goto(host.origin + '/');
  expect(response?.status()).toBe(401);
});
