import { expect, test, type Page } from '@playwright/test';
import { addByName as add, startTheDay, useCounter } from './counter';

/**
 * Issue 14's capability test: a shop whose device has no drawer, no rollback and no credit (the
 * manager's switches in Settings › Devices) sees none of those buttons, in az, uk, ru and en; the
 * calls a stale or crafted screen could still send are refused by the main process with
 * `not_supported`, nothing journaled; switched back on, the buttons come back.
 */
const shop = useCounter();
const size = { width: 1024, height: 768 };
const zero = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
const tea = { name: 'Çay', code: 'TEA', codeType: 'plain', quantity: 1000, unit: 'piece', price: 450, discount: 0, vatRate: 'vat18' };

async function setFeatures(page: Page, deviceId: string, on: boolean) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-devices').click();
  await page.getByTestId(`features-${deviceId}`).click();
  for (const feature of ['cashDrawer', 'credit', 'rollBack']) await page.getByTestId(`feature-${feature}`).setChecked(on);
  await expect(page.getByTestId('feature-bonus')).toBeChecked();
  await page.getByTestId('features-save').click();
  await expect(page.getByTestId('device-features').getByRole('status')).toBeVisible();
}

async function journaled(): Promise<number> {
  const list = await shop.host.call('journal.list', { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' });
  return (list.value as unknown[]).length;
}

test('without drawer, rollback and credit, their buttons are absent in four languages and their calls refused', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const status = (await shop.host.call('device.getStatus', {})).value as { deviceId: string };
  await startTheDay(page, shop.host.url, size);

  // A cash sale while the device can do everything: its result offers the drawer, its receipt a rollback.
  await add(page, 'Çay');
  await page.getByTestId('pay').click();
  await expect(page.getByTestId('tender-credit')).toBeVisible();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('result-drawer')).toBeVisible();
  await page.getByTestId('next-sale').click();

  await setFeatures(page, status.deviceId, false);
  await page.screenshot({ path: testInfo.outputPath('capabilities-settings-en.png') });

  for (const locale of ['az', 'uk', 'ru', 'en']) {
    await page.locator(`[data-locale="${locale}"]`).click();
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`capabilities-${name}-${locale}.png`) });

    await page.getByTestId('nav-cash').click();
    await expect(page.getByTestId('cash-in')).toBeVisible();
    await expect(page.getByTestId('flow-advance')).toBeVisible();
    await expect(page.getByTestId('cash-drawer')).toHaveCount(0);
    await expect(page.getByTestId('flow-credit')).toHaveCount(0);
    await shot('cash');

    await page.getByTestId('nav-receipts').click();
    await page.getByTestId('receipt-list').getByRole('button').first().click();
    await expect(page.getByTestId('refund')).toBeVisible();
    await expect(page.getByTestId('rollback')).toHaveCount(0);
    await shot('receipt');

    await page.getByTestId('nav-sale').click();
    await add(page, 'Çay');
    await page.getByTestId('pay').click();
    await expect(page.getByTestId('tender-cash')).toBeVisible();
    await expect(page.getByTestId('tender-bonus')).toBeVisible();
    await expect(page.getByTestId('tender-credit')).toHaveCount(0);
    await shot('payment');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  // The sale's result offers no drawer either.
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('result')).toBeVisible();
  await expect(page.getByTestId('result-reprint')).toBeVisible();
  await expect(page.getByTestId('result-drawer')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('capabilities-result-en.png') });
  await page.getByTestId('next-sale').click();

  // What the renderer would send, through the web host's HTTP transport: refused, nothing journaled.
  const before = await journaled();
  const sale = ((await shop.host.call('journal.list', { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' })).value as { uuid: string }[])[0]!;
  const refusals: [string, unknown, string][] = [
    ['device.openDrawer', {}, 'cashDrawer'],
    ['document.submit', { document: { kind: 'rollBack', cashierName: 'Aysel Məmmədova', parentUuid: sale.uuid, tenders: { ...zero, cash: 450 }, vatAmounts: [{ vatRate: 'vat18', sum: 450 }] } }, 'document.rollBack'],
    ['document.rollBack', { parentUuid: sale.uuid }, 'document.rollBack'],
    ['document.submit', { document: { kind: 'sale', cashierName: 'Aysel Məmmədova', lines: [tea], tenders: { ...zero, credit: 450 }, credit: { contract: 'KR-1', payer: 'Rəşad' } } }, 'tender.credit'],
  ];
  for (const [channel, input, capability] of refusals) {
    expect(await shop.host.call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'not_supported', details: { capability } } });
  }
  expect(await journaled()).toBe(before);

  // Switched back on: the buttons are there again, and the drawer opens.
  await setFeatures(page, status.deviceId, true);
  await page.getByTestId('nav-cash').click();
  await expect(page.getByTestId('cash-drawer')).toBeVisible();
  await expect(page.getByTestId('flow-credit')).toBeVisible();
  await page.getByTestId('nav-receipts').click();
  await page.getByTestId('receipt-list').getByRole('button').first().click();
  await expect(page.getByTestId('rollback')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('capabilities-receipt-restored-en.png') });
  expect(await shop.host.call('device.openDrawer', {})).toMatchObject({ ok: true });
  expect(problems).toEqual([]);
});
