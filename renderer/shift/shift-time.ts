/** The law's limit on a shift in Azerbaijan: 24 hours, then a Z report before any sale. */
export const shiftLimitMs = 24 * 60 * 60 * 1000;
export const warnBeforeMs = 60 * 60 * 1000;

export type ShiftClock = { state: 'ok' | 'warn' | 'expired'; leftMs: number };

export function shiftClock(openedAt: string, now: Date): ShiftClock {
  const leftMs = Date.parse(openedAt) + shiftLimitMs - now.getTime();
  return { state: leftMs <= 0 ? 'expired' : leftMs <= warnBeforeMs ? 'warn' : 'ok', leftMs: Math.max(0, leftMs) };
}
