import { describe, expect, it } from 'vitest';
import { at, dayFrom, dayOffset, digitsOf, localDateOf, showDigits, timeOfDigits } from './moment';

describe('a moment entered by touch', () => {
  it('reads typed digits as HH:MM filled from the right', () => {
    expect(timeOfDigits('930')).toEqual({ hours: 9, minutes: 30 });
    expect(timeOfDigits('2359')).toEqual({ hours: 23, minutes: 59 });
    expect(timeOfDigits('5')).toEqual({ hours: 0, minutes: 5 });
    expect(timeOfDigits('2400')).toBeUndefined();
    expect(timeOfDigits('975')).toBeUndefined();
    expect(timeOfDigits('')).toBeUndefined();
    expect(showDigits('93')).toBe('00:93');
    expect(showDigits('930')).toBe('09:30');
  });

  it('steps days from today across a month’s end and keeps the time typed', () => {
    const today = new Date(2026, 11, 1, 15, 20);
    expect(dayFrom(today, -1)).toEqual(new Date(2026, 10, 30));
    const moment = at(dayFrom(today, -2), { hours: 7, minutes: 5 });
    expect(moment).toEqual(new Date(2026, 10, 29, 7, 5));
    expect(dayOffset(today, moment)).toBe(-2);
    expect(digitsOf(moment)).toBe('0705');
    expect(localDateOf(moment)).toBe('2026-11-29');
  });
});
