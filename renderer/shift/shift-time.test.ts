import { describe, expect, it } from 'vitest';
import { shiftClock } from './shift-time';

describe('shiftClock', () => {
  const opened = '2026-11-23T08:00:00.000Z';
  it.each([
    ['2026-11-23T09:00:00Z', 'ok', 23 * 3600_000],
    ['2026-11-24T07:30:00Z', 'warn', 30 * 60_000],
    ['2026-11-24T08:00:00Z', 'expired', 0],
    ['2026-11-25T08:00:00Z', 'expired', 0],
  ])('at %s the shift is %s with %i ms left', (now, state, leftMs) => {
    expect(shiftClock(opened, new Date(now))).toEqual({ state, leftMs });
  });
});
