import { expect, test, type Locator, type Page } from '@playwright/test';
import { breadBarcode } from './catalogue-fixture';
import { scan, startTheDay, useCounter } from './counter';
import { e2eManager, startBuiltWebHost } from './web-host';

/**
 * Issue 19's smaller points at the counter: the weight keypad names the product and its unit,
 * every keypad has 1-2-3 on top, the refund-to-card box is a thumb's target, and the setup
 * wizard's training device is one tap with no word about key files.
 */
const counter = useCounter();

/** The digit keys of the keypad in view, by their label. */
const key = (page: Page, digit: string): Locator => page.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) });

async function expectOneTwoThreeOnTop(page: Page, label: string) {
  const one = (await key(page, '1').boundingBox())!;
  const seven = (await key(page, '7').boundingBox())!;
  expect(one.y, `${label}: 1 above 7`).toBeLessThan(seven.y);
  expect(Math.abs(one.x - seven.x), `${label}: 1 and 7 in one column`).toBeLessThan(2);
}

test('the weight keypad names the product and the unit; amount keypads and PIN pads share 1-2-3 on top; the refund-to-card box is 44 px', async ({ page }) => {
  test.setTimeout(120_000);
  await startTheDay(page, counter.host.url, { width: 1024, height: 768 });

  // A weighed product: what is weighed, and in what.
  await page.getByTestId('search').fill('Pomidor');
  await page.getByTestId('search-results').getByRole('button', { name: /Pomidor/ }).click();
  await expect(page.getByRole('dialog')).toContainText('Pomidor');
  await expect(page.getByTestId('keypad-display')).toContainText('kg');
  await expectOneTwoThreeOnTop(page, 'weight keypad');
  await page.keyboard.press('Escape');

  // The amount keypad of a payment.
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-cash').click();
  await expectOneTwoThreeOnTop(page, 'amount keypad');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The refund-to-card box.
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('manual-refund').click();
  const box = (await page.locator('.check input[type="checkbox"]').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Escape');

  // The PIN pad at the login screen.
  await page.getByTestId('lock-station').click();
  await page.getByRole('button', { name: new RegExp(e2eManager.name) }).click();
  await expect(page.getByTestId('pin-dots')).toBeVisible();
  await expectOneTwoThreeOnTop(page, 'PIN pad');
});

test('the setup wizard takes the training device in one tap, without a word about key files', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  const host = await startBuiltWebHost({ signIn: false });
  try {
    await page.goto(host.url);
    await page.locator('[data-locale="az"]').click();
    await page.getByTestId('setup-next').click();
    await expect(page.getByTestId('use-training')).toBeVisible();
    await expect(page.getByTestId('setup-wizard')).not.toContainText(/açar faylı|key file/i);
    await page.getByTestId('use-training').click();
    // Straight on to the manager, the third step.
    await expect(page.locator('.setup-steps li[aria-current="step"]')).toContainText('3.');
  } finally {
    await host.stop();
  }
});
