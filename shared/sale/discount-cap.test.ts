import { describe, expect, it } from 'vitest';
import { aboveDiscountCap, linesAboveDiscountCap } from './discount-cap';

describe('the discount cap', () => {
  it('lets the cap itself through, rounded either way, and refuses one qəpik more', () => {
    expect(aboveDiscountCap(14, 140, 10)).toBe(false);
    // 10 % of 1,45 is 0,145: both 0,14 and 0,15 are within.
    expect(aboveDiscountCap(15, 145, 10)).toBe(false);
    expect(aboveDiscountCap(16, 145, 10)).toBe(true);
    expect(aboveDiscountCap(28, 140, 20)).toBe(false);
    expect(aboveDiscountCap(28, 140, 10)).toBe(true);
  });

  it('a cap of 100 % never asks, a cap of 0 asks for any discount', () => {
    expect(aboveDiscountCap(140, 140, 100)).toBe(false);
    expect(aboveDiscountCap(1, 140, 0)).toBe(true);
    expect(aboveDiscountCap(0, 140, 0)).toBe(false);
  });

  it('judges each line against its own price × quantity', () => {
    const lines = [
      { price: 1000, quantity: 2000, discount: 200 },
      { price: 455, quantity: 1000, discount: 91 },
    ];
    expect(linesAboveDiscountCap(lines, 20)).toBe(false);
    expect(linesAboveDiscountCap(lines, 10)).toBe(true);
  });
});
