import type { DocumentKind } from '../../../shared/devices/capabilities';
import type { VatRate } from '../../../shared/fiscal/catalogue-types';
import type { FiscalDocument, ReceiptLine, SaleDocument, Tenders } from '../../../shared/fiscal/documents';

/**
 * The smallest valid document of each kind, built from the domain's types alone so that every
 * driver meets the same input. Parents are named by the journal's UUID, as the cashier's flows do.
 */
export const conformanceCashier = 'Aysel Məmmədova';

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function goods(price: number, itemUid: string): ReceiptLine {
  return { name: 'Çörək ağ', code: '4760001000017', codeType: 'ean13', quantity: 1000, unit: 'piece', price, discount: 0, vatRate: 'vat18', itemUid };
}

export function cashSale(price: number): SaleDocument {
  return { kind: 'sale', cashierName: conformanceCashier, lines: [goods(price, 'L1')], tenders: tenders({ cash: price }) };
}

export const creditTerms = { contract: 'KR-2026/14', payer: 'Rəşad Əliyev' };

export function creditSale(price: number, credit: number): SaleDocument {
  return { kind: 'sale', cashierName: conformanceCashier, lines: [goods(price, 'F1')], tenders: tenders({ cash: price - credit, credit }), credit: creditTerms };
}

/** A document of `kind` that needs no parent, or null where the kind always names one. */
export function parentless(kind: Exclude<DocumentKind, 'closeShift'>): FiscalDocument | null {
  switch (kind) {
    case 'sale':
      return cashSale(120);
    case 'prepayment':
      return { kind: 'prepayment', cashierName: conformanceCashier, sum: 5000, vatRate: 'vat18', tenders: tenders({ cash: 5000 }) };
    case 'deposit':
      return { kind: 'deposit', cashierName: conformanceCashier, sum: 5000 };
    case 'withdraw':
      return { kind: 'withdraw', cashierName: conformanceCashier, sum: 1000, reason: 'Bank' };
    case 'correction':
      return {
        kind: 'correction',
        cashierName: conformanceCashier,
        firstOperationAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
        lastOperationAt: new Date(Date.now() - 4 * 3_600_000).toISOString(),
        cash: 1500,
        card: 700,
        vatRate: 'vat18',
      };
    case 'moneyBack':
    case 'creditPay':
    case 'rollBack':
      return null;
  }
}

/** A payment of 8,000 towards the credit sale `parentUuid` of 48,000 with 40,000 on credit. */
export function creditPayOf(parentUuid: string): FiscalDocument {
  return {
    kind: 'creditPay',
    cashierName: conformanceCashier,
    parentUuid,
    lines: [{ ...goods(48000, 'F1'), payment: 8000 }],
    tenders: tenders({ cash: 8000 }),
    paymentNumber: 1,
    residue: 32000,
    credit: creditTerms,
  };
}

/** The rollback of the cash sale `parentUuid` of `price`. */
export function rollBackOf(parentUuid: string, price: number): FiscalDocument {
  return { kind: 'rollBack', cashierName: conformanceCashier, parentUuid, tenders: tenders({ cash: price }), vatAmounts: [{ vatRate: 'vat18', sum: price }] };
}

/** A refund of the cash sale `parentUuid` of 120. */
export function moneyBackOf(parentUuid: string): FiscalDocument {
  return { kind: 'moneyBack', cashierName: conformanceCashier, parentUuid, moneyBackType: 'sale', manual: false, lines: [goods(120, 'L1')], tenders: tenders({ cash: 120 }) };
}

/** Sells 3,000 of goods, `spent` of it from the advance `advanceUuid`. */
export function advanceSpending(advanceUuid: string, spent: number): FiscalDocument {
  return { kind: 'sale', cashierName: conformanceCashier, lines: [goods(3000, 'A1')], tenders: tenders({ prepayment: spent, cash: 3000 - spent }), prepaymentUuid: advanceUuid };
}

/** `document` with every tax group it names set to `group`: the same documents for every device, each in a group its device takes. */
export function inTaxGroup(document: FiscalDocument, group: VatRate): FiscalDocument {
  switch (document.kind) {
    case 'sale':
    case 'moneyBack':
      return { ...document, lines: document.lines.map((line) => ({ ...line, vatRate: group })) };
    case 'creditPay':
      return { ...document, lines: document.lines.map((line) => ({ ...line, vatRate: group })) };
    case 'prepayment':
      return { ...document, vatRate: group, ...(document.lines ? { lines: document.lines.map((line) => ({ ...line, vatRate: group })) } : {}) };
    case 'correction':
      return { ...document, vatRate: group };
    case 'rollBack':
      return { ...document, vatAmounts: document.vatAmounts.map((amount) => ({ ...amount, vatRate: group })) };
    case 'deposit':
    case 'withdraw':
    case 'closeShift':
      return document;
  }
}
