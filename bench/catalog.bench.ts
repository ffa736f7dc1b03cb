import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { Catalog } from '../electron/catalog/catalog';
import { openCatalog } from '../electron/catalog/testing/catalog-db';
import { busyShop } from './busy-catalogue';
import { median, nowMs, percentile, row, verdict } from './measure';

/**
 * `npm run bench`: a shop's catalogue of 200,000 products imported from CSV in the main process,
 * then what the counter does with it: barcode scans and name search while the cashier types.
 */
const products = 200_000;
const lookups = 2_000;

const { pick, catalogue, typedPrefix } = busyShop(7);

const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-catalog-'));
const { db, catalog, settings } = openCatalog(dataDir, () => new Date());
const generated = catalogue(products);
console.log(`\nCatalogue: ${products.toLocaleString('en')} products, ${generated.barcodes.length.toLocaleString('en')} barcodes, ${(generated.csv.length / 1e6).toFixed(1)} MB of CSV`);

let t = nowMs();
const preview = catalog.preview(generated.csv);
const previewMs = nowMs() - t;
t = nowMs();
const imported = catalog.import(generated.csv, 'replace');
const importMs = nowMs() - t;
t = nowMs();
catalog.import(generated.csv, 'replace');
const reimportMs = nowMs() - t;
t = nowMs();
catalog.import(generated.repricedCsv, 'merge');
const mergeMs = nowMs() - t;
console.log(`preview (read and check every row): ${(previewMs / 1000).toFixed(2)} s, ${preview.valid.toLocaleString('en')} valid`);
console.log(`import into an empty catalogue: ${(importMs / 1000).toFixed(2)} s for ${imported.toLocaleString('en')} products (target < 10 s): ${verdict(importMs < 10_000 && imported === products)}`);
console.log(`import replacing the same catalogue: ${(reimportMs / 1000).toFixed(2)} s (target < 10 s): ${verdict(reimportMs < 10_000)}`);
console.log(`import merging a price list into it (every product repriced): ${(mergeMs / 1000).toFixed(2)} s (target < 10 s): ${verdict(mergeMs < 10_000)}`);

// What every start of the app pays on this catalogue: the check for names folded by an older folding.
const openMs: number[] = [];
for (let i = 0; i < 20; i++) {
  t = nowMs();
  new Catalog(db, settings, () => new Date());
  openMs.push(nowMs() - t);
}
console.log(row('opening the catalogue (stale folding check), 20 times', openMs));

const scanMs: number[] = [];
let missed = 0;
for (let i = 0; i < lookups; i++) {
  const barcode = pick(generated.barcodes);
  t = nowMs();
  const found = catalog.scan(barcode);
  scanMs.push(nowMs() - t);
  if (!found.product) missed++;
}
console.log(row(`barcode scan, ${lookups} random barcodes`, scanMs, `${missed} not found`));
console.log(`barcode scan p95 ${percentile(scanMs, 95).toFixed(3)} ms (target < 1 ms): ${verdict(percentile(scanMs, 95) < 1 && missed === 0)}`);

const searchMs: number[] = [];
const oneLetterMs: number[] = [];
let empty = 0;
for (let i = 0; i < lookups; i++) {
  const typed = typedPrefix(pick(generated.names));
  t = nowMs();
  const found = catalog.search(typed, 30);
  const elapsed = nowMs() - t;
  searchMs.push(elapsed);
  if (typed.length === 1) oneLetterMs.push(elapsed);
  if (found.length === 0) empty++;
}
console.log(row(`name search as typed, ${lookups} prefixes`, searchMs, `${empty} found nothing`));
console.log(row(`  of them one letter (${oneLetterMs.length})`, oneLetterMs.length > 0 ? oneLetterMs : [0]));
console.log(`name search p95 ${percentile(searchMs, 95).toFixed(3)} ms, median ${median(searchMs).toFixed(3)} ms (target p95 < 5 ms): ${verdict(percentile(searchMs, 95) < 5)}`);

closeDatabase(db);
rmSync(dataDir, { recursive: true, force: true });
