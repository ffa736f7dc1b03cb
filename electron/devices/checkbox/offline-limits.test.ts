import { describe, expect, it } from 'vitest';
import { monthStart, offlineBudget } from './offline-limits';

const hours = (n: number) => n * 3_600_000;

describe('offline limits: 36 hours in a row, 168 in a calendar month (Kyiv)', () => {
  const start = new Date('2026-12-07T08:00:00Z');
  const at = (h: number) => new Date(start.getTime() + hours(h));

  it('warns at 35.5 hours in a row and is spent at 36', () => {
    expect(offlineBudget([{ start }], at(35))).toMatchObject({ offline: true, warn: false, spent: false });
    expect(offlineBudget([{ start }], at(35.5))).toMatchObject({ warn: true, spent: false, sessionLeftMs: hours(0.5) });
    expect(offlineBudget([{ start }], at(36))).toMatchObject({ warn: true, spent: true, sessionLeftMs: 0 });
  });

  it('adds the month’s sessions up to 168 hours, counting only what lies in this month', () => {
    const month = [
      { start: new Date('2026-11-30T12:00:00Z'), end: new Date('2026-12-01T10:00:00Z') },
      ...[2, 5, 9, 12].map((day) => ({ start: new Date(`2026-12-${String(day).padStart(2, '0')}T00:00:00Z`), end: new Date(`2026-12-${String(day + 1).padStart(2, '0')}T11:00:00Z`) })),
    ];
    const before = offlineBudget(month, new Date('2026-12-20T00:00:00Z'));
    // 4 × 35 h, and the night of the 1st from Kyiv's midnight (22:00 UTC on 30 November) to 10:00 UTC: 12 h.
    expect(before.monthUsedMs).toBe(hours(4 * 35 + 12));
    expect(before).toMatchObject({ offline: false, warn: true, spent: false });
    const spent = offlineBudget([...month, { start: new Date('2026-12-20T00:00:00Z') }], new Date('2026-12-20T16:00:00Z'));
    expect(spent).toMatchObject({ spent: true, monthLeftMs: 0, sessionLeftMs: hours(20) });
  });

  it('starts the month at midnight in Kyiv, in winter and in summer time', () => {
    expect(monthStart(new Date('2026-12-07T08:00:00Z')).toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(monthStart(new Date('2026-07-15T08:00:00Z')).toISOString()).toBe('2026-06-30T21:00:00.000Z');
  });
});
