/** Waits between tries while a device does not answer: quick at first, then every 30 s. */
export const defaultBackoffMs = [250, 500, 1_000, 2_000, 5_000, 10_000, 30_000];

export function backoffDelay(failures: number, steps: readonly number[] = defaultBackoffMs): number {
  return steps[Math.min(failures, steps.length) - 1] ?? 0;
}
