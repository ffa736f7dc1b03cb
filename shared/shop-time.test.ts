import { describe, expect, it } from 'vitest';
import { addDays, nextHour, ShopClock } from './shop-time';

const at = (iso: string) => Date.parse(iso);

describe('the shop’s clock', () => {
  it('reads Baku time, four hours ahead of UTC, whatever zone the PC is in', () => {
    const baku = new ShopClock('Asia/Baku');
    expect(baku.offsetMs(at('2026-05-04T12:00:00Z'))).toBe(4 * 3_600_000);
    expect(baku.hourOf(at('2026-05-04T19:59:59Z'))).toBe('2026-05-04T23');
    expect(baku.hourOf(at('2026-05-04T20:00:00Z'))).toBe('2026-05-05T00');
    expect(baku.dateOf(at('2026-05-04T20:30:00Z'))).toBe('2026-05-05');
    expect(baku.offsetLabel(at('2026-05-04T12:00:00Z'))).toBe('UTC+4');
    expect(new ShopClock('Asia/Kolkata').offsetLabel(at('2026-05-04T12:00:00Z'))).toBe('UTC+5:30');
    expect(new ShopClock('America/Sao_Paulo').offsetLabel(at('2026-05-04T12:00:00Z'))).toBe('UTC-3');
    expect(baku.dayRange('2026-05-04')).toEqual({ from: new Date('2026-05-03T20:00:00Z'), to: new Date('2026-05-04T20:00:00Z') });
  });

  it('has a 23-hour and a 25-hour day where clocks change (Kyiv)', () => {
    const kyiv = new ShopClock('Europe/Kyiv');
    expect(kyiv.dayRange('2026-03-29')).toEqual({ from: new Date('2026-03-28T22:00:00Z'), to: new Date('2026-03-29T21:00:00Z') });
    expect(kyiv.dayRange('2026-10-25')).toEqual({ from: new Date('2026-10-24T21:00:00Z'), to: new Date('2026-10-25T22:00:00Z') });
    // The hour 03:00-04:00 comes twice that night; both fall in one slot of the clock's face.
    expect(kyiv.hourOf(at('2026-10-25T00:30:00Z'))).toBe('2026-10-25T03');
    expect(kyiv.hourOf(at('2026-10-25T01:30:00Z'))).toBe('2026-10-25T03');
  });

  it('steps hours and days on the clock’s face', () => {
    expect(nextHour('2026-05-04T23')).toBe('2026-05-05T00');
    expect(nextHour('2026-12-31T23')).toBe('2027-01-01T00');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
