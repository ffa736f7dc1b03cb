/**
 * The scaling table `npm run bench` prints at its end: every figure measured at each size
 * (products in the catalogue, documents in the journal) with its time and the process's resident
 * memory, so growth is visible at a glance. The largest sizes take minutes, so they run only with
 * `npm run bench -- --full` (or KASSA_BENCH_FULL=1).
 */
export type ScaleKind = 'products' | 'documents';

interface Measure {
  figure: string;
  kind: ScaleKind;
  size: number;
  /** What the figure is in: a time per operation, or a whole run. */
  value: string;
  /** Resident set of the process when the figure was taken (or its peak, where the figure says so), in MB. */
  rssMb: number;
}

const measures: Measure[] = [];

export const fullScale = process.argv.includes('--full') || process.env.KASSA_BENCH_FULL === '1';

/** The sizes a benchmark runs at: 10k and 200k (or 100k documents) always; 1M with --full. */
export function scaleSizes(kind: ScaleKind): number[] {
  const everyRun = kind === 'products' ? [10_000, 200_000] : [10_000, 100_000];
  return fullScale ? [...everyRun, 1_000_000] : everyRun;
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1e6;
}

/** Notes one figure for the table; `value` is already formatted ("12.3 s", "0.8 / 1.9 ms"). */
export function recordScale(figure: string, kind: ScaleKind, size: number, value: string, rss = rssMb()): void {
  measures.push({ figure, kind, size, value, rssMb: rss });
}

function sizeLabel(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1_000}k`;
}

/** The table, one row a figure, one column a size: "time, resident MB". */
export function scalingTable(): string {
  if (measures.length === 0) return '';
  const lines = ['', 'Scaling (time; resident memory of the process: for the catalogue import, the peak of the process importing)'];
  for (const kind of ['products', 'documents'] as const) {
    const ofKind = measures.filter((m) => m.kind === kind);
    if (ofKind.length === 0) continue;
    const sizes = [...new Set(ofKind.map((m) => m.size))].sort((a, b) => a - b);
    const figures = [...new Set(ofKind.map((m) => m.figure))];
    const cell = (m: Measure | undefined) => (m ? `${m.value}, ${Math.round(m.rssMb)} MB` : '-').padStart(28);
    lines.push(`${kind.padEnd(44)}${sizes.map((s) => sizeLabel(s).padStart(28)).join('')}`);
    for (const figure of figures) {
      const cells = sizes.map((s) => cell(ofKind.find((m) => m.figure === figure && m.size === s)));
      lines.push(`  ${figure.padEnd(42)}${cells.join('')}`);
    }
  }
  return lines.join('\n');
}
