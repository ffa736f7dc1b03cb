import { expect, test } from '@playwright/test';
import { startCasposSimulator } from '../electron/devices/caspos/simulator/server';
import { breadBarcode, catalogueCsv } from './catalogue-fixture';
import { keypad, scan } from './counter';
import { startBuiltWebHost } from './web-host';

/**
 * Whether a device books the opening float as a deposit, the document never says: the app learns
 * it from the device right after opening, and the journal's check shows no difference either way.
 */
for (const openingFloat of ['deposit', 'notBooked'] as const) {
  test(`a shift opened with a float on a device that ${openingFloat === 'deposit' ? 'books it as a deposit' : 'does not book it'}: the journal and the device agree`, async ({ page }) => {
    test.setTimeout(90_000);
    const device = await startCasposSimulator({ settings: { openingFloat } });
    const host = await startBuiltWebHost({ args: ['--device-url', device.url] });
    try {
      expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(host.url);
      await page.locator('[data-locale="en"]').click();
      await page.getByTestId('open-shift').click();
      await page.getByTestId('opening-float').click();
      await keypad(page, '50');
      await page.getByTestId('confirm-open-shift').click();
      await expect(page.getByTestId('shift-left')).toBeVisible();

      await page.locator('body').click();
      await scan(page, breadBarcode);
      await page.getByTestId('pay').click();
      await page.getByTestId('tender-cash').click();
      await keypad(page, '1');
      await page.getByTestId('confirm-pay').click();
      await expect(page.getByTestId('result')).toBeVisible();
      await page.getByTestId('next-sale').click();

      await page.getByTestId('nav-reports').click();
      await page.getByTestId('report-tab-reconcile').click();
      await expect(page.getByTestId('reconcile-summary')).toHaveText('The journal and the device agree on every figure.');
      await expect(page.getByTestId('report-table-reconciliation').locator('[data-differs]')).toHaveCount(0);
      // The device's own deposits are as it books them: the float is one of them only where it says so.
      const deposits = device.memory.all().filter((d) => d.type === 'deposit');
      expect(deposits).toHaveLength(openingFloat === 'deposit' ? 1 : 0);
    } finally {
      await host.stop();
      await device.close();
    }
  });
}
