/** Waits between tries while a device does not answer: quick at first, then every 30 s. */
export const defaultBackoffMs = [250, 500, 1_000, 2_000, 5_000, 10_000, 30_000];

export function backoffDelay(failures: number, steps: readonly number[] = defaultBackoffMs): number {
  return steps[Math.min(failures, steps.length) - 1] ?? 0;
}

/**
 * Waits before each poll of a document a device accepted to finish later (0.5 s, 1 s, 2 s, 4 s,
 * then every 8 s: about 40 s in all). Bounded: still unfinished after the last, the document
 * becomes unknown and recovery asks for it by UUID, so the queue behind it is not held forever.
 */
export const defaultPollMs = [500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000];
