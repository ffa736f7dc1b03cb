import { describe, expect, it } from 'vitest';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { documentFigures } from './document-figures';

const bread = { name: 'Хліб', code: '1', codeType: 'plain', quantity: 1000, unit: 'piece', price: 554, vatRate: 'vat20', itemUid: 'L1' } as const;

describe('a document’s figures', () => {
  it('keep the rounded cash of a rounded payment, and the exact total and VAT of the receipt', () => {
    const rounded = FiscalDocument.parse({ kind: 'sale', cashierName: 'Оксана', lines: [bread], tenders: { cash: 1000 }, cashRounding: -4 });
    expect(documentFigures(rounded)).toEqual({
      section: 'sale',
      total: 554,
      tenders: { cash: 550, cashless: 0, bonus: 0, credit: 0, prepayment: 0 },
      vat: [{ vatRate: 'vat20', gross: 554 }],
    });
    const split = FiscalDocument.parse({ kind: 'moneyBack', cashierName: 'Оксана', moneyBackType: 'sale', parentUuid: crypto.randomUUID(), lines: [{ ...bread, price: 557 }], tenders: { card: 300, cash: 260 }, cashRounding: 3 });
    expect(documentFigures(split)?.tenders).toMatchObject({ cash: 260, cashless: 300 });
    const exact = FiscalDocument.parse({ kind: 'sale', cashierName: 'Оксана', lines: [bread], tenders: { cash: 554 } });
    expect(documentFigures(exact)?.tenders.cash).toBe(554);
  });
});
