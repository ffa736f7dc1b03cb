/** Small timing helpers for the benchmarks: they print medians, never assert. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function row(name: string, values: readonly number[], note = ''): string {
  return `${name.padEnd(46)} median ${median(values).toFixed(3).padStart(8)} ms   p95 ${percentile(values, 95).toFixed(3).padStart(8)} ms   ${note}`;
}

export function verdict(met: boolean): string {
  return met ? 'target met' : 'TARGET NOT MET';
}
