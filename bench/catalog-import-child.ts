import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { openCatalog } from '../electron/catalog/testing/catalog-db';
import { nowMs } from './measure';

/**
 * One catalogue size of bench/catalog.bench.ts, alone in its process, so that the process's
 * peak resident set (process.resourceUsage().maxRSS) is the import's and not the generator's:
 * argv is the folder holding catalogue.csv and prices.csv. Prints one JSON line: each figure's
 * milliseconds and the peak resident set after it, and the resident set when idle (the
 * catalogue opened, nothing read).
 */
const [dir] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: catalog-import-child.ts <folder with catalogue.csv and prices.csv>');
const peakMb = () => (process.resourceUsage().maxRSS * 1024) / 1e6;
const { db, catalog } = openCatalog(dir, () => new Date());
const idleMb = process.memoryUsage().rss / 1e6;
const figures: { figure: string; ms: number; peakMb: number; result: number }[] = [];
async function measure(figure: string, run: () => Promise<number>) {
  const t = nowMs();
  const result = await run();
  figures.push({ figure, ms: nowMs() - t, peakMb: peakMb(), result });
}
const file = join(dir, 'catalogue.csv');
await measure('preview (read and check every row)', async () => (await catalog.previewFile(file)).valid);
await measure('import into an empty catalogue', () => catalog.importFile(file, 'replace'));
await measure('import replacing the catalogue', () => catalog.importFile(file, 'replace'));
await measure('merging a price list', () => catalog.importFile(join(dir, 'prices.csv'), 'merge'));
closeDatabase(db);
console.log(JSON.stringify({ idleMb, figures }));
