import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { busyShop } from './busy-catalogue';
import { verdict } from './measure';
import { recordScale, scaleSizes } from './scaling';

/**
 * `npm run bench`: a shop's catalogue imported from a CSV file on disk, at each catalogue size of
 * the scaling table: the preview, an import into an empty catalogue, one replacing it and a price
 * list merged into it. Targets at 1M products: import < 20 s, replace and merge < 25 s, resident
 * memory < 300 MB above the idle process. Each size runs in a process of its own
 * (catalog-import-child.ts), so its peak resident set is the import's alone.
 */
const ChildReport = z.object({
  idleMb: z.number(),
  figures: z.array(z.object({ figure: z.string(), ms: z.number(), peakMb: z.number(), result: z.number() })),
});

for (const products of scaleSizes('products')) {
  const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-catalog-'));
  const generated = busyShop(7).catalogue(products);
  writeFileSync(join(dir, 'catalogue.csv'), generated.csv);
  writeFileSync(join(dir, 'prices.csv'), generated.repricedCsv);
  console.log(`\nCatalogue import: ${products.toLocaleString('en')} products, ${generated.barcodes.length.toLocaleString('en')} barcodes, ${(generated.csv.length / 1e6).toFixed(1)} MB of CSV`);
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'catalog-import-child.ts'), dir], { encoding: 'utf8', maxBuffer: 1e6 });
  const { idleMb, figures } = ChildReport.parse(JSON.parse(output.trim().split('\n').at(-1) ?? ''));
  rmSync(dir, { recursive: true, force: true });

  const targetMs = (products / 1_000_000) * 20_000;
  const targets: Record<string, number> = {
    'import into an empty catalogue': targetMs,
    'import replacing the catalogue': targetMs * 1.25,
    'merging a price list': targetMs * 1.25,
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`idle process: ${idleMb.toFixed(0)} MB resident`);
  for (const { figure, ms, peakMb, result } of figures) {
    recordScale(figure, 'products', products, seconds(ms), peakMb);
    const target = targets[figure];
    const met = target === undefined ? '' : ` (target < ${seconds(target)}): ${verdict(ms < target && result === products)}`;
    console.log(`${figure}: ${seconds(ms)} for ${result.toLocaleString('en')} rows, peak ${(peakMb - idleMb).toFixed(0)} MB above idle${met}`);
  }
  const peakAboveIdle = Math.max(...figures.map((f) => f.peakMb)) - idleMb;
  console.log(`peak resident memory above idle: ${peakAboveIdle.toFixed(0)} MB (target < 300 MB at any size): ${verdict(peakAboveIdle < 300)}`);
}
