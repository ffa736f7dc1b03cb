import { documentTotal } from '../fiscal/document-total';
import type { CreditPayDocument, CreditTerms, ReceiptLine, SaleDocument } from '../fiscal/documents';
import { lineTotal } from '../fiscal/receipt-math';
import { followUps, isRolledBack, type ChildrenOf, type JournalFact } from './journal-fact';

/** What a sale on credit stands at: given on credit, paid since, taken back by refunds, and left. */
export interface CreditFigures {
  credit: number;
  /** Credit payments that count, less the refunds of them (a refunded payment is owed again). */
  paid: number;
  /** Credit cancelled by refunds of the sale's goods. */
  returned: number;
  residue: number;
  /** Credit payments made so far: the next one is number `payments + 1`. */
  payments: number;
  /** Rolled back: nothing is owed, nothing can be paid. */
  cancelled: boolean;
}

function refundedTotal(parent: JournalFact, childrenOf: ChildrenOf): number {
  return followUps(parent, childrenOf)
    .filter((f) => f.document.kind === 'moneyBack')
    .reduce((sum, f) => sum + (documentTotal(f.document) ?? 0), 0);
}

/** The figures of a sale on credit from the journal's documents; undefined for any other document. */
export function creditFigures(sale: JournalFact, childrenOf: ChildrenOf): CreditFigures | undefined {
  const doc = sale.document;
  // The device refuses credit without a contract and payer (630, 631): a sale without them owes nothing.
  if (doc.kind !== 'sale' || doc.tenders.credit === 0 || !doc.credit) return undefined;
  const children = followUps(sale, childrenOf);
  const payments = children.filter((f) => f.document.kind === 'creditPay');
  const paid = payments.reduce((sum, f) => sum + (documentTotal(f.document) ?? 0) - refundedTotal(f, childrenOf), 0);
  const returned = children.reduce((sum, f) => sum + (f.document.kind === 'moneyBack' ? f.document.tenders.credit : 0), 0);
  const cancelled = isRolledBack(sale, childrenOf);
  const residue = cancelled ? 0 : Math.max(0, doc.tenders.credit - paid - returned);
  return { credit: doc.tenders.credit, paid, returned, residue, payments: payments.length, cancelled };
}

export type CreditPayLine = CreditPayDocument['lines'][number];

/**
 * A credit payment's lines: the payment spread over the sale's lines in proportion to what each
 * line cost, to the qəpik (largest remainder, ties to the earlier line), so the device's VAT
 * figures follow the goods. Each is one payment (quantity one) towards one line; its `price` is
 * what the line cost on the sale (the document's realPrice), `payment` the part paid now.
 * Lines that get nothing are left out.
 */
export function creditPayLines(saleLines: readonly ReceiptLine[], amount: number): CreditPayLine[] {
  const totals = saleLines.map(lineTotal);
  const whole = totals.reduce((a, b) => a + b, 0);
  if (whole <= 0 || amount <= 0) return [];
  // amount × total passes 2^53 for the largest sums the contract takes: the shares are exact in BigInt.
  const parts = totals.map((total) => ({ share: (BigInt(amount) * BigInt(total)) / BigInt(whole), rest: (BigInt(amount) * BigInt(total)) % BigInt(whole) }));
  const shares = parts.map((part) => Number(part.share));
  const order = parts
    .map((part, index) => ({ index, rest: part.rest }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.index - b.index));
  let left = amount - shares.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return saleLines.flatMap((line, index) =>
    shares[index]! > 0
      ? [{ name: line.name, code: line.code, codeType: line.codeType, unit: line.unit, vatRate: line.vatRate, quantity: 1000, price: totals[index]!, discount: 0, payment: shares[index]! }]
      : [],
  );
}

/** The credit payment document for `amount` towards a credit sale, in cash or to a card. */
export function creditPayDocument(input: {
  sale: SaleDocument;
  credit: CreditTerms;
  parentDocumentId: string;
  figures: Pick<CreditFigures, 'residue' | 'payments'>;
  amount: number;
  tender: 'cash' | 'card';
  rrn?: string;
  cashierName: string;
}): CreditPayDocument {
  const { sale, amount } = input;
  return {
    kind: 'creditPay',
    cashierName: input.cashierName,
    parentDocumentId: input.parentDocumentId,
    lines: creditPayLines(sale.lines, amount),
    tenders: { cash: input.tender === 'cash' ? amount : 0, card: input.tender === 'card' ? amount : 0, bonus: 0, credit: 0, prepayment: 0 },
    paymentNumber: input.figures.payments + 1,
    residue: input.figures.residue - amount,
    // A payment is always against the contract the goods were sold on.
    credit: input.credit,
    ...(sale.client ? { client: sale.client } : {}),
    ...(input.tender === 'card' && input.rrn ? { cardSlip: { rrn: input.rrn } } : {}),
  };
}
