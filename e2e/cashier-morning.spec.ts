import { expect, test } from '@playwright/test';
import { breadBarcode, milkBarcode, weighedLabel } from './catalogue-fixture';
import { keypad, scan, startTheDay, useCounter, cashOutReason } from './counter';

const counter = useCounter();

test('a cashier’s morning ends with exactly those documents on the device', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`morning-${name}.png`) });
  await startTheDay(page, counter.host.url, { width: 1280, height: 800 });

  // Scan three products, one of them weighed, and find one by name.
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, milkBarcode);
  await scan(page, weighedLabel(1250));
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(3);
  await page.getByTestId('search').pressSequentially('çay', { delay: 120 });
  await page.getByTestId('search-results').getByRole('button', { name: /Çay Azərçay/ }).click();
  await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(4);
  // 0,70 + 1,89 + 1,250 kg × 3,49 (4,36) + 4,55 = 11,50
  await expect(page.getByTestId('receipt-total')).toHaveText('₼11.50');
  await shot('cart');

  // Split payment: 5,00 by card with its RRN, 10,00 in cash, 3,50 change.
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-card').click();
  await keypad(page, '5');
  await page.getByTestId('rrn').fill('420012558257');
  await page.getByTestId('tender-cash').click();
  await keypad(page, '10');
  await expect(page.getByTestId('payment-change')).toHaveText('₼3.50');
  await shot('payment');
  await page.getByTestId('confirm-pay').dblclick();
  await expect(page.getByTestId('result')).toBeVisible();
  await expect(page.getByTestId('result-qr')).toBeVisible();
  // The change, large, and what was paid by each tender.
  await expect(page.getByTestId('result-change')).toHaveText('₼3.50');
  await expect(page.getByTestId('result-tenders')).toContainText('₼10.00');
  await expect(page.getByTestId('result-tenders')).toContainText('₼5.00');
  await shot('result');
  await page.getByTestId('next-sale').click();
  await expect(page.getByTestId('cart-lines')).toHaveCount(0);

  // Refund one bread from that receipt.
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼11\.50/ }).click();
  await page.getByTestId('refund').click();
  await page.getByTestId('refund-line-0').click();
  await keypad(page, '1');
  await expect(page.getByTestId('refund-total')).toHaveText('₼0.70');
  await shot('refund');
  await page.getByTestId('confirm-refund').click();
  await expect(page.getByTestId('result-number')).toBeVisible();
  await page.getByTestId('next-sale').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Cash in 50,00 and cash out 20,00.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('cash-in').click();
  await keypad(page, '50');
  await expect(page.getByTestId('cash-done')).toContainText('₼50.00');
  await page.getByTestId('cash-out').click();
  await keypad(page, '20');
  await cashOutReason(page, 'Taken to the bank');
  await expect(page.getByTestId('cash-done')).toContainText('₼20.00');
  await shot('cash');

  // One more sale, paid exactly in cash, then roll the last sale back.
  await page.getByTestId('nav-sale').click();
  await page.locator('body').click();
  await scan(page, milkBarcode);
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.89');
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await page.getByTestId('next-sale').click();
  await page.getByTestId('nav-receipts').click();
  // The sale just made, once the list has it: the list follows the journal's events.
  await page.getByTestId('receipt-list').getByRole('button', { name: /Sale № \d+.*₼1\.89/ }).click();
  await page.getByTestId('rollback').click();
  await expect(page.getByTestId('receipt-list').getByRole('button').first()).toContainText('Rollback');
  await shot('receipts');

  // The device's fiscal memory holds exactly those documents, with those totals.
  const documents = counter.device.memory.all().map((d) => [d.type, d.total, d.tenders.cashless]);
  expect(documents).toEqual([
    ['sale', 1150, 500],
    ['money_back', 70, 0],
    ['deposit', 5000, 0],
    ['withdraw', 2000, 0],
    ['sale', 189, 0],
    ['rollback', 189, 0],
  ]);
  expect(counter.device.memory.all()[0]!.items.map((i) => [i.name, i.quantity, i.total])).toEqual([
    ['Çörək ağ', 1000, 70],
    ['Süd 3,2% 1 l', 1000, 189],
    ['Pomidor', 1250, 436],
    ['Çay Azərçay 100 q', 1000, 455],
  ]);

  // Every screen in every locale, at a POS screen's 1024×768 and a full-HD 1920×1080.
  await page.getByTestId('nav-sale').click();
  await page.locator('body').click();
  await scan(page, breadBarcode);
  await scan(page, weighedLabel(730));
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const locale of ['az', 'uk', 'ru', 'en']) {
      await page.locator(`[data-locale="${locale}"]`).click();
      const name = (screen: string) => `screen-${screen}-${locale}-${size.width}x${size.height}.png`;
      await page.getByTestId('nav-sale').click();
      await page.screenshot({ path: testInfo.outputPath(name('sale')) });
      await page.getByTestId('pay').click();
      await page.screenshot({ path: testInfo.outputPath(name('payment')) });
      await page.keyboard.press('Escape');
      await page.getByTestId('nav-receipts').click();
      await page.getByTestId('receipt-list').getByRole('button').last().click();
      await page.screenshot({ path: testInfo.outputPath(name('receipts')) });
      await page.getByTestId('nav-cash').click();
      await page.screenshot({ path: testInfo.outputPath(name('cash')) });
      await page.getByTestId('nav-help').click();
      await page.screenshot({ path: testInfo.outputPath(name('help')) });
      await page.keyboard.press('Escape');
    }
  }
  expect(problems).toEqual([]);
});
