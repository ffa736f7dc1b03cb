import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineGross, linesTotal } from '../fiscal/receipt-math';
import { spreadReceiptDiscount } from './receipt-discount';

const line = fc.record({ price: fc.integer({ min: 1, max: 100_000 }), quantity: fc.integer({ min: 1, max: 20_000 }), discount: fc.constant(0) });

describe('spreadReceiptDiscount', () => {
  it('takes exactly the discount off the receipt, never more than a line is worth', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1_000_000 }), (lines, discount) => {
        const spread = spreadReceiptDiscount(lines, discount);
        const before = linesTotal(lines);
        expect(linesTotal(spread)).toBe(Math.max(0, before - Math.min(discount, before)));
        spread.forEach((l) => {
          expect(l.discount).toBeGreaterThanOrEqual(0);
          expect(l.discount).toBeLessThanOrEqual(lineGross(l.price, l.quantity));
        });
      }),
    );
  });

  it('spreads in proportion', () => {
    const spread = spreadReceiptDiscount(
      [
        { price: 300, quantity: 1000, discount: 0 },
        { price: 100, quantity: 1000, discount: 0 },
      ],
      100,
    );
    expect(spread.map((l) => l.discount)).toEqual([75, 25]);
  });
});
