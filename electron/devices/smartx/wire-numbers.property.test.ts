import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatQuantity, parseMoney, parseQuantity } from './wire-numbers';

/** Check 5: kopecks and thousandths go to the register's decimal strings and back exactly, never through a float. */
describe('check 5: money and quantity on the wire', () => {
  it('round-trips every kopeck amount through its string', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999_999, max: 9_999_999_999_999 }), (kopecks) => {
        const text = formatMoney(kopecks);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(parseMoney(text)).toBe(kopecks);
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes quantity with exactly three decimals and reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (thousandths) => {
        const text = formatQuantity(thousandths);
        expect(text).toMatch(/^\d+\.\d{3}$/);
        expect(parseQuantity(text)).toBe(thousandths);
      }),
      { numRuns: 2_000 },
    );
  });

  it('has no float artefacts where floats would have them', () => {
    expect(formatMoney(10 + 20)).toBe('0.30');
    expect(formatMoney(797)).toBe('7.97');
    expect(formatMoney(1)).toBe('0.01');
    expect(formatMoney(99_999_999_999_99)).toBe('99999999999.99');
    expect(formatQuantity(1500)).toBe('1.500');
    expect(parseMoney(0.1 + 0.2)).toBeNull();
    expect(parseMoney('7.975')).toBeNull();
  });

  it('reads JSON numbers as the field client\'s builds answer them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (kopecks) => {
        expect(parseMoney(Number(formatMoney(kopecks)))).toBe(kopecks);
      }),
      { numRuns: 2_000 },
    );
    expect(parseMoney(15)).toBe(1500);
    expect(parseMoney('abc')).toBeNull();
  });
});
