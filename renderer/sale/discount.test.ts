import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from './DiscountDialog';

describe('a discount in percent', () => {
  it('is the percent of the sum rounded half up to the minor unit, never above the sum at 100 % or less', () => {
    expect(percentOf(140, 1000)).toBe(14);
    expect(percentOf(456, 100)).toBe(5);
    expect(percentOf(583, 500)).toBe(29);
    expect(percentOf(999, 10_000)).toBe(999);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 10_000 }), (base, hundredths) => {
        const discount = percentOf(base, hundredths);
        expect(discount).toBeLessThanOrEqual(base);
        expect(Math.abs(discount * 10_000 - base * hundredths)).toBeLessThanOrEqual(5_000);
      }),
    );
  });
});
