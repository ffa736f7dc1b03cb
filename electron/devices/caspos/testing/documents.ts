import {
  FiscalDocument,
  type CreditPayDocument,
  type MoneyBackDocument,
  type PrepaymentDocument,
  type ReceiptLine,
  type SaleDocument,
  type Tenders,
} from '../../../../shared/fiscal/documents';

/** Documents a cashier could make, for tests; each goes through the domain schema like real input. */
export const cashier = 'Aysel Məmmədova';

export function line(overrides: Partial<ReceiptLine> = {}): ReceiptLine {
  return {
    name: 'Çörək ağ',
    code: '4760001000017',
    codeType: 'ean13',
    quantity: 1000,
    unit: 'piece',
    price: 120,
    discount: 0,
    vatRate: 'vat18',
    ...overrides,
  };
}

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

function checked<T extends FiscalDocument>(doc: T): T {
  return FiscalDocument.parse(doc) as T;
}

export function sale(overrides: Partial<SaleDocument> = {}): SaleDocument {
  return checked({
    kind: 'sale',
    cashierName: cashier,
    lines: [
      line({ itemUid: 'L1' }),
      line({ name: 'Pomidor', code: '2000000000015', codeType: 'plain', unit: 'kg', quantity: 1250, price: 349, discount: 10, vatRate: 'vatFree', itemUid: 'L2' }),
    ],
    tenders: tenders({ cash: 2000, card: 0 }),
    ...overrides,
  });
}

/** A refund of the journaled document `parentUuid`. */
export function moneyBack(parentUuid: string, overrides: Partial<MoneyBackDocument> = {}): MoneyBackDocument {
  return checked({
    kind: 'moneyBack',
    cashierName: cashier,
    parentUuid,
    moneyBackType: 'sale',
    manual: false,
    lines: [line({ parentItemUid: 'L1' })],
    tenders: tenders({ cash: 120 }),
    ...overrides,
  });
}

/** A manual refund of a receipt outside the journal, named by the device's id of it. */
export function manualMoneyBack(manualParentDocumentId: string, overrides: Partial<MoneyBackDocument> = {}): MoneyBackDocument {
  return checked({ kind: 'moneyBack', cashierName: cashier, manualParentDocumentId, moneyBackType: 'sale', manual: true, lines: [line({ parentItemUid: 'L1' })], tenders: tenders({ cash: 120 }), ...overrides });
}

/** A payment towards the journaled credit sale `parentUuid`. */
export function creditPay(parentUuid: string, overrides: Partial<CreditPayDocument> = {}): CreditPayDocument {
  return checked({
    kind: 'creditPay',
    cashierName: cashier,
    parentUuid,
    lines: [{ ...line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000 }), payment: 8000 }],
    tenders: tenders({ cash: 8000 }),
    paymentNumber: 1,
    residue: 32000,
    credit: { contract: 'A1', payer: 'Rəşad Əliyev' },
    ...overrides,
  });
}

export function prepayment(overrides: Partial<PrepaymentDocument> = {}): PrepaymentDocument {
  return checked({ kind: 'prepayment', cashierName: cashier, sum: 10000, vatRate: 'vat18', tenders: tenders({ card: 10000 }), cardSlip: { rrn: '420012558257' }, ...overrides });
}
