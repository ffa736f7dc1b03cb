import { describe, expect, it } from 'vitest';
import type { ReceiptLine } from '../../shared/fiscal/documents';
import { refundLines, refundTotal } from './refund';

const bread: ReceiptLine = { name: 'Çörək', code: '1', codeType: 'ean13', quantity: 3000, unit: 'piece', price: 70, discount: 30, vatRate: 'vat18', itemUid: 'L1' };
const tomato: ReceiptLine = { name: 'Pomidor', code: '2', codeType: 'plain', quantity: 1250, unit: 'kg', price: 349, discount: 0, vatRate: 'vatFree', itemUid: 'L2' };

describe('refunds', () => {
  it('refunds part of a line with its share of the discount, pointing at the sold line', () => {
    const lines = refundLines([
      { line: bread, quantity: 1000 },
      { line: tomato, quantity: 0 },
    ]);
    expect(lines).toEqual([{ ...bread, quantity: 1000, discount: 10, parentItemUid: 'L1', itemUid: undefined }]);
    expect(refundTotal(lines)).toBe(60);
  });

  it('refunds of a discounted line one at a time give back exactly what was paid for it, never more', () => {
    // 3 × 1,00 with 1,00 off: 2,00 paid.
    const tea: ReceiptLine = { ...bread, price: 100, discount: 100 };
    const refunds = [0, 1000, 2000].map((returned) => refundTotal(refundLines([{ line: tea, quantity: 1000, returned }])));
    expect(refunds).toEqual([66, 67, 67]);
    expect(refunds.reduce((a, b) => a + b, 0)).toBe(200);
    expect(refundTotal(refundLines([{ line: tea, quantity: 3000 }]))).toBe(200);
  });

  it('Çay 1 × 4,55 with 0,20 off refunds 4,35, what was paid', () => {
    const tea: ReceiptLine = { ...bread, quantity: 1000, price: 455, discount: 20 };
    expect(refundTotal(refundLines([{ line: tea, quantity: 1000, returned: 0 }]))).toBe(435);
  });
});
