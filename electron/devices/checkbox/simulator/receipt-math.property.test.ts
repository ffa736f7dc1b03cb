import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineGross, taxIncluded } from '../../../../shared/fiscal/receipt-math';
import { goodGross, nbuRound, taxInside } from './receipt-math';

/** Ambiguity A2: the training server and the app's receipt-math must round alike, or every report differs by a kopeck. */
describe('the training server’s sums agree with the app’s receipt-math', () => {
  it('rounds price × quantity half up to the kopeck as the app does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (price, quantity) => goodGross(price, quantity) === lineGross(price, quantity)));
  });

  it('computes VAT inside a gross sum as the app does, at 20, 14, 7 and 0 %', () => {
    const rates = [['vat20', 20], ['vat14', 14], ['vat7', 7], ['vat0', 0]] as const;
    fc.assert(fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.constantFrom(...rates), (gross, [group, rate]) => taxInside(gross, rate) === taxIncluded(gross, group)));
  });

  it('rounds cash to 10 kopecks under the NBU rule: 1-4 down, 5-9 up', () => {
    expect([551, 554, 555, 559, 560].map(nbuRound)).toEqual([550, 550, 560, 560, 560]);
  });
});
