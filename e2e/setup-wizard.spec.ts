import { expect, test, type Page } from '@playwright/test';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { trainingIdentity } from '../electron/devices/caspos/simulator/identity';
import { breadBarcode, catalogueCsv } from './catalogue-fixture';
import { startBuiltWebHost } from './web-host';

/** One shop device per language, each on its own loopback address at the real port 5544. */
const shops = [
  { locale: 'az', host: '127.0.0.51', factory: 'AZ00SMX0000000000004821', manager: 'Səbinə Rzayeva', pin: '4821', done: 'Satış' },
  { locale: 'uk', host: '127.0.0.52', factory: 'AZ00SMX0000000000007305', manager: 'Оксана Коваль', pin: '7305', done: 'Продаж' },
  { locale: 'ru', host: '127.0.0.53', factory: 'AZ00SMX0000000000001942', manager: 'Ирина Соколова', pin: '1942', done: 'Продажа' },
  { locale: 'en', host: '127.0.0.54', factory: 'AZ00SMX0000000000006618', manager: 'Rauf Babayev', pin: '6618', done: 'Sale' },
] as const;

const devices = new Map<string, CasposSimulator>();

test.beforeAll(async () => {
  for (const shop of shops) {
    const identity = { ...trainingIdentity, cashboxFactoryNumber: shop.factory, objectName: `MAĞAZA ${shop.locale.toUpperCase()}` };
    devices.set(shop.host, await startCasposSimulator({ host: shop.host, port: 5544, identity }));
  }
});
test.afterAll(async () => {
  for (const device of devices.values()) await device.close();
});

async function keypad(page: Page, digits: string) {
  await page.keyboard.type(digits, { delay: 120 });
  await page.getByTestId('keypad-ok').click();
}

for (const shop of shops) {
  test(`setup in ${shop.locale}: from an empty data folder to a first sale on a discovered device`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const shot = (step: string) => page.screenshot({ path: testInfo.outputPath(`wizard-${step}-${shop.locale}.png`) });
    await page.setViewportSize({ width: 1024, height: 768 });
    const host = await startBuiltWebHost({ signIn: false });
    try {
      await page.goto(host.url);
      await expect(page.getByTestId('setup-wizard')).toBeVisible();

      // 1. Language.
      await page.locator(`[data-locale="${shop.locale}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', shop.locale);
      await shot('1-language');
      await page.getByTestId('setup-next').click();

      // 2. Scan: every shop device answers, with its identity.
      await page.getByTestId('scan-range').fill('127.0.0.0/24');
      await page.getByTestId('scan-network').click();
      for (const other of shops) await expect(page.getByTestId(`found-${other.host}`)).toBeVisible({ timeout: 10_000 });
      await expect(page.getByTestId(`found-${shop.host}`)).toContainText(shop.factory);
      await shot('2-scan');
      await page.getByTestId(`found-${shop.host}`).click();

      // 3. The integration password (password + the serial's last four digits), tested.
      await page.getByTestId('use-suggested-password').click();
      await expect(page.getByTestId('device-password')).toHaveValue(`password${shop.pin}`);
      await page.getByTestId('test-connection').click();
      const checks = page.getByTestId('connection-checks');
      for (const name of ['reachable', 'integration', 'shift', 'printer']) await expect(checks.locator(`[data-check="${name}"]`)).toHaveAttribute('data-ok', 'true');
      await shot('3-connection');
      await page.getByTestId('save-device').click();

      // 4. The first manager.
      await page.getByTestId('person-name').fill(shop.manager);
      await page.getByTestId('person-pin').fill(shop.pin);
      await page.getByTestId('person-pin-repeat').fill(shop.pin);
      await shot('4-manager');
      await page.getByTestId('person-save').click();

      // At the counter, signed in, on the discovered device; the manager imports the catalogue.
      await expect(page.getByTestId('cashier-shell')).toBeVisible();
      await expect(page.getByTestId('person-badge')).toContainText(shop.manager);
      expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
      await page.getByTestId('open-shift').click();
      await page.getByTestId('confirm-open-shift').click();
      await page.locator('body').click();
      await page.keyboard.type(breadBarcode, { delay: 4 });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(1);
      await page.getByTestId('pay').click();
      await page.getByTestId('tender-cash').click();
      await keypad(page, '1');
      await page.getByTestId('confirm-pay').dblclick();
      await expect(page.getByTestId('result')).toBeVisible();
      await shot('5-first-sale');

      // The sale went to this shop's device, in the manager's name, with the integration password.
      const device = devices.get(shop.host)!;
      expect(device.memory.all().map((d) => [d.type, d.total])).toEqual([['sale', 70]]);
      const saleBody = device.received.find((body) => body.includes('"operation":"sale"'));
      expect(saleBody).toContain(`"password":"password${shop.pin}"`);
      expect(saleBody).toContain(`"cashierName":${JSON.stringify(shop.manager)}`);
      for (const other of shops) {
        if (other !== shop) expect(devices.get(other.host)!.received.some((body) => body.includes(JSON.stringify(shop.manager)))).toBe(false);
      }
      expect(problems).toEqual([]);
    } finally {
      await host.stop();
    }
  });
}
