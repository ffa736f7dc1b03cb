import { expect, test } from '@playwright/test';
import { catalogueCsv } from './catalogue-fixture';
import { startBuiltWebHost, type RunningHost } from './web-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startBuiltWebHost();
});
test.afterAll(async () => host.stop());

test('a catalogue file is previewed with its problems, refused whole, then imported when right', async ({ page }, testInfo) => {
  await page.goto(host.url);
  await page.locator('[data-locale="en"]').click();
  await page.getByTestId('nav-catalogue').click();
  await page.getByTestId('catalogue-tab-import').click();

  const broken = catalogueCsv.replace('0,70', 'seventy').replace('vatFree', 'vat25');
  await page.getByTestId('catalogue-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(page.getByTestId('import-preview')).toContainText('5 rows, 3 ready to import, 2 problems.');
  await expect(page.getByTestId('import-problems').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('import-replace')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('catalogue-problems-en.png') });
  expect(await host.call('catalog.search', { query: 'çör', limit: 5 })).toEqual({ ok: true, value: [] });

  await page.getByTestId('catalogue-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogueCsv) });
  await expect(page.getByTestId('import-preview')).toContainText('5 rows, 5 ready to import, 0 problems.');
  await page.getByTestId('import-replace').click();
  await page.getByTestId('replace-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveText('Imported: 5 rows.');
  for (const locale of ['az', 'uk', 'ru']) {
    await page.locator(`[data-locale="${locale}"]`).click();
    await page.screenshot({ path: testInfo.outputPath(`catalogue-${locale}.png`) });
  }
  const found = await host.call('catalog.search', { query: 'CÖRƏK', limit: 5 });
  expect(found).toMatchObject({ ok: true, value: [{ name: 'Çörək ağ', price: 70, favourite: true }] });
});
