import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { openCatalog } from '../electron/catalog/testing/catalog-db';
import { busyShop } from './busy-catalogue';
import { nowMs, verdict } from './measure';
import { recordScale, rssMb, scaleSizes } from './scaling';

/**
 * `npm run bench`: a shop's catalogue imported from CSV in the main process, at each catalogue
 * size of the scaling table: the preview, an import into an empty catalogue, one replacing it and
 * a price list merged into it. Targets at 1M products: import < 20 s, replace and merge < 25 s.
 */
for (const products of scaleSizes('products')) {
  const { catalogue } = busyShop(7);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-catalog-'));
  const { db, catalog } = openCatalog(dataDir, () => new Date());
  const generated = catalogue(products);
  console.log(`\nCatalogue import: ${products.toLocaleString('en')} products, ${generated.barcodes.length.toLocaleString('en')} barcodes, ${(generated.csv.length / 1e6).toFixed(1)} MB of CSV`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const targetMs = (products / 1_000_000) * 20_000;

  let t = nowMs();
  const preview = catalog.preview(generated.csv);
  const previewMs = nowMs() - t;
  recordScale('preview (read and check every row)', 'products', products, seconds(previewMs));
  t = nowMs();
  const imported = catalog.import(generated.csv, 'replace');
  const importMs = nowMs() - t;
  recordScale('import into an empty catalogue', 'products', products, seconds(importMs));
  t = nowMs();
  catalog.import(generated.csv, 'replace');
  const reimportMs = nowMs() - t;
  recordScale('import replacing the catalogue', 'products', products, seconds(reimportMs));
  t = nowMs();
  catalog.import(generated.repricedCsv, 'merge');
  const mergeMs = nowMs() - t;
  recordScale('merging a price list', 'products', products, seconds(mergeMs), rssMb());
  console.log(`preview (read and check every row): ${seconds(previewMs)}, ${preview.valid.toLocaleString('en')} valid`);
  console.log(`import into an empty catalogue: ${seconds(importMs)} for ${imported.toLocaleString('en')} products (target < ${seconds(targetMs)}): ${verdict(importMs < targetMs && imported === products)}`);
  console.log(`import replacing the same catalogue: ${seconds(reimportMs)} (target < ${seconds(targetMs * 1.25)}): ${verdict(reimportMs < targetMs * 1.25)}`);
  console.log(`import merging a price list into it (every product repriced): ${seconds(mergeMs)} (target < ${seconds(targetMs * 1.25)}): ${verdict(mergeMs < targetMs * 1.25)}`);

  closeDatabase(db);
  rmSync(dataDir, { recursive: true, force: true });
}
