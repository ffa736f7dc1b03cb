import { FiscalDocument, type ReceiptLine, type SaleDocument, type Tenders } from '../../../../shared/fiscal/documents';

/** Documents a cashier could make, for SmartOne tests; each goes through the domain schema like real input. */
export const cashier = 'Aysel Məmmədova';

export function line(overrides: Partial<ReceiptLine> = {}): ReceiptLine {
  return { name: 'Çörək ağ', code: '4760001000017', codeType: 'ean13', quantity: 1000, unit: 'piece', price: 120, discount: 0, vatRate: 'vat18', itemUid: 'L1', ...overrides };
}

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function checked<T extends FiscalDocument>(doc: T): T {
  return FiscalDocument.parse(doc) as T;
}

/** Bread at 1.20 (18 %) and 1.25 kg of tomatoes at 3.49 less 0.10 (exempt): 5.46 in all. */
export function sale(overrides: Partial<SaleDocument> = {}): SaleDocument {
  return checked({
    kind: 'sale',
    cashierName: cashier,
    lines: [line(), line({ name: 'Pomidor', code: '2000000000015', codeType: 'plain', unit: 'kg', quantity: 1250, price: 349, discount: 10, vatRate: 'vatFree', itemUid: 'L2' })],
    tenders: tenders({ cash: 1000 }),
    ...overrides,
  });
}

export function cashSale(price: number): SaleDocument {
  return sale({ lines: [line({ price })], tenders: tenders({ cash: price }) });
}
