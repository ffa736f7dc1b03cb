import { expect, test } from '@playwright/test';
import { e2eManager, startBuiltWebHost } from './web-host';

const bread = { name: 'Хліб білий', code: '4820000000017', codeType: 'ean13', quantity: 1000, unit: 'piece', price: 2_500, discount: 0, vatRate: 'vat20', itemUid: 'L1' };
const sale = { kind: 'sale', cashierName: e2eManager.name, lines: [bread], tenders: { cash: 2_500, card: 0, bonus: 0, credit: 0, prepayment: 0 } };

/**
 * Checkbox's offline mode in Chromium, on the app's own training server: the status bar shows the
 * register online with the 36 and 168 hours the law allows, the manager takes it offline, a sale
 * made offline is provisional in the receipt list, and back online it is delivered.
 */
test('the status bar shows Checkbox online or offline and the offline time left; a receipt made offline is provisional until delivered', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const host = await startBuiltWebHost({ args: ['--training', 'checkbox'] });
  try {
    expect(await host.call('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(host.url);
    await page.locator('[data-locale="uk"]').click();
    const mode = page.getByTestId('offline-mode');
    await expect(mode.getByTestId('offline-state')).toHaveText('Каса онлайн');
    await expect(mode.getByTestId('offline-left')).toHaveText('Залишок офлайн-часу: 36 год 0 хв поспіль, 168 год 0 хв цього місяця');

    // The manager is signed in: the switch needs no other PIN.
    await mode.getByTestId('offline-switch').click();
    await expect(mode.getByTestId('offline-state')).toHaveText('Каса офлайн');
    await expect(mode.getByTestId('offline-left')).toContainText(/3[56] год \d+ хв поспіль/);
    await page.screenshot({ path: testInfo.outputPath('checkbox-offline-uk.png') });

    expect(await host.call('document.submit', { document: sale })).toMatchObject({ ok: true, value: { state: 'done', result: { provisional: true } } });
    await page.getByTestId('nav-receipts').click();
    await expect(page.getByTestId('receipt-provisional')).toHaveCount(1);

    await mode.getByTestId('offline-switch').click();
    await expect(mode.getByTestId('offline-state')).toHaveText('Каса онлайн');
    // Delivered: nothing provisional is left.
    await page.getByTestId('nav-sale').click();
    await page.getByTestId('nav-receipts').click();
    await expect(page.getByTestId('receipt-provisional')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
