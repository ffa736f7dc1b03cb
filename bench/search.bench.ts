import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { Catalog } from '../electron/catalog/catalog';
import { openCatalog } from '../electron/catalog/testing/catalog-db';
import { busyShop } from './busy-catalogue';
import { median, nowMs, percentile, row, verdict } from './measure';
import { recordScale, scaleSizes } from './scaling';

/**
 * `npm run bench`: what the counter does with a busy shop's catalogue (imported untimed here;
 * bench/catalog.bench.ts times the import): barcode scans and name search while the cashier types,
 * at each catalogue size of the scaling table.
 */
const lookups = 2_000;

for (const products of scaleSizes('products')) {
  const { pick, catalogue, typedPrefix } = busyShop(7);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-search-'));
  const { db, catalog, settings } = openCatalog(dataDir, () => new Date());
  const generated = catalogue(products);
  catalog.import(generated.csv, 'replace');
  console.log(`\nCounter lookups: ${products.toLocaleString('en')} products, ${generated.barcodes.length.toLocaleString('en')} barcodes`);

  // What every start of the app pays on this catalogue: the check for names folded by an older folding.
  const openMs: number[] = [];
  let t: number;
  for (let i = 0; i < 20; i++) {
    t = nowMs();
    new Catalog(db, settings, () => new Date());
    openMs.push(nowMs() - t);
  }
  console.log(row('opening the catalogue (stale folding check), 20 times', openMs));
  recordScale('opening the catalogue (median)', 'products', products, `${median(openMs).toFixed(2)} ms`);

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
  recordScale('barcode scan median / p95', 'products', products, `${median(scanMs).toFixed(3)} / ${percentile(scanMs, 95).toFixed(3)} ms`);

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
  console.log(`name search p95 ${percentile(searchMs, 95).toFixed(3)} ms, median ${median(searchMs).toFixed(3)} ms (target p95 < 2 ms, median < 1 ms): ${verdict(percentile(searchMs, 95) < 2 && median(searchMs) < 1)}`);
  recordScale('name search as typed median / p95', 'products', products, `${median(searchMs).toFixed(3)} / ${percentile(searchMs, 95).toFixed(3)} ms`);

  closeDatabase(db);
  rmSync(dataDir, { recursive: true, force: true });
}
