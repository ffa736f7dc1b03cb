import { describe, expect, it } from 'vitest';
import type { ReceiptLine } from '../../shared/fiscal/documents';
import { rollBackOf } from './rollback-of';

const bread: ReceiptLine = { name: 'Çörək', code: '1', codeType: 'ean13', quantity: 3000, unit: 'piece', price: 70, discount: 30, vatRate: 'vat18', itemUid: 'L1' };
const tomato: ReceiptLine = { name: 'Pomidor', code: '2', codeType: 'plain', quantity: 1250, unit: 'kg', price: 349, discount: 0, vatRate: 'vatFree', itemUid: 'L2' };

describe('a rollback mirrors its parent', () => {
  it('rolls a sale back with its tenders, change taken out of the cash', () => {
    const sale = { kind: 'sale' as const, cashierName: 'A', lines: [bread, tomato], tenders: { cash: 1000, card: 200, bonus: 0, credit: 0, prepayment: 0 } };
    const total = 180 + 436;
    expect(rollBackOf(sale, 'DOC', 'A')).toEqual({
      kind: 'rollBack',
      cashierName: 'A',
      parentUuid: 'DOC',
      tenders: { cash: total - 200, card: 200, bonus: 0, credit: 0, prepayment: 0 },
      vatAmounts: [
        { vatRate: 'vat18', sum: 180 },
        { vatRate: 'vatFree', sum: 436 },
      ],
    });
  });

  it('rolls a correction back with its cash, card and VAT', () => {
    const correction = { kind: 'correction' as const, cashierName: 'A', firstOperationAt: '2026-11-22T07:00:00Z', lastOperationAt: '2026-11-22T09:00:00Z', cash: 1000, card: 450, vatRate: 'vat0' as const };
    expect(rollBackOf(correction, 'DOC', 'B')).toEqual({
      kind: 'rollBack',
      cashierName: 'B',
      parentUuid: 'DOC',
      tenders: { cash: 1000, card: 450, bonus: 0, credit: 0, prepayment: 0 },
      vatAmounts: [{ vatRate: 'vat0', sum: 1450 }],
    });
  });
});
