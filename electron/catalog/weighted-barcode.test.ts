import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ean13 } from './testing/barcodes';
import { decodeWeighted, defaultWeightedBarcodes, ean13CheckDigitHolds } from './weighted-barcode';


const twelveDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((d) => d.join(''));

describe('ean13CheckDigitHolds', () => {
  it('holds for real barcodes', () => {
    expect(ean13CheckDigitHolds('4006381333931')).toBe(true);
    expect(ean13CheckDigitHolds('4760001000019')).toBe(false);
    expect(ean13('476000100001')).toBe('4760001000015');
  });

  it('catches every single wrong digit', () => {
    fc.assert(
      fc.property(twelveDigits, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), (first12, place, change) => {
        const good = ean13(first12);
        const wrong = good.slice(0, place) + String((Number(good[place]) + change) % 10) + good.slice(place + 1);
        expect(ean13CheckDigitHolds(good)).toBe(true);
        expect(ean13CheckDigitHolds(wrong)).toBe(false);
      }),
    );
  });
});

describe('decodeWeighted', () => {
  it('reads the item and the value of a scale’s label', () => {
    expect(decodeWeighted(ean13('221234501250'), defaultWeightedBarcodes)).toEqual({ itemBarcode: '2212345', itemCode: '12345', value: 1250 });
  });

  it('reads every prefix configured, and only those', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (prefix, item, grams) => {
        const p = String(prefix).padStart(2, '0');
        const barcode = ean13(`${p}${String(item).padStart(5, '0')}${String(grams).padStart(5, '0')}`);
        const decoded = decodeWeighted(barcode, defaultWeightedBarcodes);
        if (prefix >= 20 && prefix <= 29) expect(decoded).toEqual({ itemBarcode: barcode.slice(0, 7), itemCode: barcode.slice(2, 7), value: grams });
        else expect(decoded).toBeUndefined();
      }),
    );
    expect(decodeWeighted(ean13('221234501250'), { ...defaultWeightedBarcodes, prefixes: ['21'] })).toBeUndefined();
  });

  it('reads nothing from a wrong check digit, a zero value, another length, or when switched off', () => {
    const good = ean13('221234501250');
    const wrongCheck = good.slice(0, 12) + String((Number(good[12]) + 1) % 10);
    expect(decodeWeighted(wrongCheck, defaultWeightedBarcodes)).toBeUndefined();
    expect(decodeWeighted(ean13('221234500000'), defaultWeightedBarcodes)).toBeUndefined();
    expect(decodeWeighted(good.slice(0, 12), defaultWeightedBarcodes)).toBeUndefined();
    expect(decodeWeighted(`${good}0`, defaultWeightedBarcodes)).toBeUndefined();
    expect(decodeWeighted(good, { ...defaultWeightedBarcodes, enabled: false })).toBeUndefined();
  });
});
