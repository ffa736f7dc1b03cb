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
});
