import fc from 'fast-check';
import { CodeType, QuantityUnit, type VatRate } from '../../../shared/fiscal/catalogue-types';
import type { ReceiptLine } from '../../../shared/fiscal/documents';
import { lineTotal } from '../../../shared/fiscal/receipt-math';

/**
 * Random receipt lines a cashier could ring up, for the drivers' money property tests: pieces or
 * measured goods, any price, a discount below the line's worth, in the given tax groups. A trade
 * markup line gets a purchase price below its price.
 */
export function receiptLines(taxGroups: readonly VatRate[]): fc.Arbitrary<ReceiptLine> {
  return fc
    .record({
      unit: fc.constantFrom(...QuantityUnit.options),
      pieces: fc.integer({ min: 1, max: 50 }),
      thousandths: fc.integer({ min: 1, max: 30_000 }),
      price: fc.integer({ min: 1, max: 500_000 }),
      discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
      purchaseShare: fc.double({ min: 0, max: 1, noNaN: true }),
      vatRate: fc.constantFrom(...taxGroups),
      codeType: fc.constantFrom(...CodeType.options),
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
      itemUid: fc.uuid(),
    })
    .map(({ unit, pieces, thousandths, price, discountShare, purchaseShare, vatRate, codeType, name, itemUid }) => {
      const quantity = unit === 'piece' ? pieces * 1000 : thousandths;
      const gross = lineTotal({ price, quantity, discount: 0 });
      return {
        name: name.trim(),
        code: '4760001000017',
        codeType,
        quantity,
        unit,
        price,
        // Never the whole line: a line worth nothing would be a different receipt.
        discount: Math.min(Math.floor(gross * discountShare), Math.max(0, gross - 1)),
        vatRate,
        purchasePrice: vatRate === 'tradeVat18' ? Math.floor(price * purchaseShare) : undefined,
        itemUid,
      };
    });
}
