import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { startCasposSimulator, type CasposSimulator } from '../electron/devices/caspos/simulator/server';
import { catalogueCsv } from './catalogue-fixture';
import { startBuiltWebHost, type RunningHost } from './web-host';

let device: CasposSimulator;
let host: RunningHost;

test.beforeEach(async () => {
  device = await startCasposSimulator();
  host = await startBuiltWebHost({ args: ['--device-url', device.url] });
});
test.afterEach(async () => {
  await host.stop();
  await device.close();
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
