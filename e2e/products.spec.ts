import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { catalogueCsv } from './catalogue-fixture';
import { keypad, pin, signIn } from './counter';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

let device: CasposSimulator;
let host: RunningHost;

// Each test starts on a new shop: an empty catalogue, the manager signed in.
test.beforeEach(async () => {
  device = await startCasposSimulator();
  host = await startBuiltWebHost({ args: ['--device-url', device.url] });
});
test.afterEach(async () => {
  await host.stop();
  await device.close();
});

/** Every tap and every field typed into, counted as a cashier's step. */
function stepCounter(page: Page) {
  let steps = 0;
  return {
    tap: async (testId: string) => {
      steps += 1;
      await page.getByTestId(testId).click();
    },
    type: async (testId: string, text: string) => {
      steps += 1;
      await page.getByTestId(testId).fill(text);
    },
    keypad: async (digits: string) => {
      steps += 1;
      await keypad(page, digits);
    },
    count: () => steps,
  };
}

test('an empty catalogue sells its first product without a file: added in the app, found by search, on a quick key, sold', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  expect(await host.call('catalog.search', { query: 'ç', limit: 5 })).toEqual({ ok: true, value: [] });
  const steps = stepCounter(page);

  await steps.tap('nav-catalogue');
  await expect(page.getByTestId('product-add')).toBeInViewport();
  await steps.tap('product-add');
  await steps.type('product-name', 'Çay Azərçay 100 q');
  await steps.tap('product-price');
  await steps.keypad('3,30');
  await expect(page.getByTestId('product-price')).toContainText('3.30');
  // The device's first tax group is chosen already, the unit is the piece, a quick key is ticked.
  await expect(page.getByTestId('product-tax-group')).not.toHaveValue('');
  await expect(page.getByTestId('product-quick-key')).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('product-new-en.png') });
  await steps.tap('product-save');
  await expect(page.getByTestId('product-rows')).toContainText('Çay Azərçay 100 q');
  const added = steps.count();

  await steps.tap('nav-sale');
  await steps.tap('open-shift');
  await steps.tap('confirm-open-shift');
  await page.getByTestId('search').fill('azerc');
  await expect(page.getByTestId('search-results').getByRole('button', { name: /Çay Azərçay/ })).toBeVisible();
  await page.getByTestId('search').fill('');
  const quickKey = page.getByTestId('quick-keys').getByRole('button', { name: /Çay Azərçay 100 q/ });
  await expect(quickKey).toBeVisible();
  await quickKey.click();
  const sold = steps.count() + 1;
  await page.getByTestId('pay').click();
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('result')).toBeVisible();
  const total = sold + 3;
  await page.screenshot({ path: testInfo.outputPath('product-first-sale-en.png') });
  console.log(`First sale on an empty catalogue: ${added} steps to add the product, ${total} steps in all (3 of them opening the shift), no file`);
  expect(total).toBeLessThanOrEqual(14);
});

test('a cashier’s price change needs a manager’s PIN, and the audit log keeps who, the old and the new price', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const made = await host.call('catalogue.create', {
    draft: { name: 'Süd 1 l', code: '1003', barcodes: [], vatRate: 'vat18', unit: 'piece', categoryId: null, favourite: true },
    price: 189,
  });
  const id = (made.value as { id: number }).id;
  expect(await host.call('people.save', { name: 'Nigar Əliyeva', role: 'cashier', pin: '1357', active: true })).toMatchObject({ ok: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('lock-station').click();
  await signIn(page, 'Nigar Əliyeva', '1357');

  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId(`product-edit-${id}`).click();
  await page.getByTestId('product-change-price').click();
  await page.getByTestId('new-price').click();
  await keypad(page, '1,99');
  await page.getByTestId('price-save').click();
  await expect(page.getByTestId('approval-action')).toHaveText('“Price change” needs a manager’s PIN.');
  await page.screenshot({ path: testInfo.outputPath('price-approval-en.png') });
  await pin(page, e2eManager.pin);
  await expect(page.getByTestId('product-price')).toHaveText('₼1.99');
  expect(await host.call('catalogue.get', { id })).toMatchObject({ ok: true, value: { price: 199 } });

  await page.keyboard.press('Escape');
  await page.getByTestId('lock-station').click();
  await signIn(page, e2eManager.name, e2eManager.pin);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-audit').click();
  const row = page.getByTestId('audit-table').getByRole('row', { name: /Price change done/ });
  await expect(row).toContainText('Nigar Əliyeva');
  await expect(row).toContainText(e2eManager.name);
  await expect(row).toContainText('Süd 1 l');
  // The refusal before the PIN is kept too, with nobody as approver.
  await expect(page.getByTestId('audit-table').getByRole('row', { name: /Price change refused Nigar Əliyeva/ })).toHaveCount(1);
  await expect(row).toContainText('189');
  await expect(row).toContainText('199');
  await page.screenshot({ path: testInfo.outputPath('price-audit-en.png') });
});

test('replacing the catalogue asks first; the result shows where the buttons are', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('catalogue-tab-import').click();
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogueCsv) });
  await expect(page.getByTestId('import-preview')).toContainText('5 rows, 5 ready to import, 0 problems.');
  await expect(page.getByTestId('import-replace')).toBeInViewport();

  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('replace-warning')).toContainText('every product that is not in the file is deactivated');
  await page.screenshot({ path: testInfo.outputPath('replace-confirm-en.png') });
  await page.getByTestId('replace-cancel').click();
  expect(await host.call('catalog.search', { query: 'çör', limit: 5 })).toEqual({ ok: true, value: [] });

  await page.getByTestId('import-replace').click();
  await page.getByTestId('replace-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveText('Imported: 5 rows.');
  await expect(page.getByTestId('import-done')).toBeInViewport();
  expect(await host.call('catalog.search', { query: 'çör', limit: 5 })).toMatchObject({ ok: true, value: [{ name: 'Çörək ağ' }] });
  for (const locale of ['az', 'uk', 'ru', 'en'] as const) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await page.screenshot({ path: testInfo.outputPath(`import-done-${locale}.png`) });
  }
});

test('the downloaded template parses back through the importer', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('catalogue-tab-import').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('catalogue-template').click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFname;barcodes;code;price;vat;unit;codeType;markingRequired;favourite;position\r\n')).toBe(true);
  expect(await host.call('catalog.importPreview', { csv })).toMatchObject({ ok: true, value: { rows: 1, valid: 1, problems: [] } });
  await page.getByTestId('catalogue-file').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toContainText('1 rows, 1 ready to import, 0 problems.');
  await page.getByTestId('import-merge').click();
  await expect(page.getByTestId('import-done')).toHaveText('Imported: 1 rows.');
});

test('the manager arranges quick-key pages, and the sale screen shows them as tabs in that order', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  // Before any page is arranged, the file's favourites are the quick keys.
  await expect(page.getByTestId('quick-keys').getByRole('button')).not.toHaveCount(0);
  await expect(page.getByTestId('quick-page-0')).toHaveCount(0);

  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('catalogue-tab-quickKeys').click();
  await page.getByTestId('page-add').click();
  await page.getByTestId('page-name').fill('Süd');
  await page.getByTestId('page-product-search').fill('süd');
  await page.getByTestId('page-found').getByRole('button').first().click();
  await page.getByTestId('page-add').click();
  await page.getByTestId('page-name').fill('Çörək');
  await page.getByTestId('page-product-search').fill('çörək');
  await page.getByTestId('page-found').getByRole('button', { name: 'Çörək ağ' }).click();
  await page.screenshot({ path: testInfo.outputPath('quick-key-pages-en.png') });
  await page.getByTestId('pages-save').click();
  await expect(page.getByRole('status')).toHaveText('The quick-key pages are saved.');

  await page.getByTestId('nav-sale').click();
  await expect(page.getByTestId('quick-page-0')).toHaveText('Süd');
  await expect(page.getByTestId('quick-page-1')).toHaveText('Çörək');
  await expect(page.getByTestId('quick-keys').getByRole('button')).toHaveCount(1);
  await expect(page.getByTestId('quick-keys')).toContainText('Süd');
  await page.getByTestId('quick-page-1').click();
  await expect(page.getByTestId('quick-keys').getByRole('button')).toHaveText([/Çörək ağ/]);
  for (const locale of ['az', 'uk', 'ru', 'en'] as const) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await page.screenshot({ path: testInfo.outputPath(`sale-quick-pages-${locale}.png`) });
  }
});

/** A catalogue file of `count` products on disk, which the page picks and streams to the host. */
function catalogueFile(path: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `Məhsul ${i};${3_000_000 + i};${i};1,99;vat18`);
  writeFileSync(path, ['name;barcodes;code;price;vat', ...rows].join('\n'));
  return path;
}

test('a large catalogue streams through the import screen: progress, a cancel that changes nothing, then an import', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  expect(await host.call('catalog.import', { csv: catalogueCsv, mode: 'replace' })).toMatchObject({ ok: true });
  const before = await host.call('catalog.export', {});
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('catalogue-tab-import').click();

  // Big enough that the import is still reading when Cancel is pressed, on a busy machine too.
  await page.getByTestId('catalogue-file').setInputFiles(catalogueFile(testInfo.outputPath('big.csv'), 300_000));
  await expect(page.getByTestId('import-preview')).toContainText('300000 rows, 300000 ready to import, 0 problems.', { timeout: 120_000 });
  await page.getByTestId('import-replace').click();
  await page.getByTestId('replace-confirm').click();
  await expect(page.getByTestId('import-progress')).toContainText(/Checking: [\d,]+ rows, [\d,]+ rows\/s/);
  await page.screenshot({ path: testInfo.outputPath('import-progress-en.png') });
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toHaveText('Import cancelled: the catalogue is as it was.', { timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await host.call('catalog.export', {})).toEqual(before);

  await page.getByTestId('catalogue-file').setInputFiles(catalogueFile(testInfo.outputPath('shop.csv'), 50_000));
  await expect(page.getByTestId('import-preview')).toContainText('50000 rows, 50000 ready to import, 0 problems.', { timeout: 60_000 });
  await page.getByTestId('import-merge').click();
  await expect(page.getByTestId('import-done')).toHaveText('Imported: 50000 rows.', { timeout: 120_000 });
  expect(await host.call('catalog.scan', { barcode: '3049999' })).toMatchObject({ ok: true, value: { product: { name: 'Məhsul 49999' } } });
});
