import type { VatRate } from '../fiscal/catalogue-types';
import { documentTotal } from '../fiscal/document-total';
import type { ReceiptLine } from '../fiscal/documents';
import { lineTotal } from '../fiscal/receipt-math';
import { followUps, isRolledBack, type ChildrenOf, type JournalFact } from './journal-fact';

/** What an advance (prepayment) stands at: paid in, spent on sales, paid back, and left. */
export interface AdvanceFigures {
  sum: number;
  /** Spent by sales that count and were not rolled back, less what refunds of them gave back to it. */
  spent: number;
  /** Paid back by refunds of the advance itself (moneyBackType 6). */
  returned: number;
  balance: number;
}

export function advanceFigures(advance: JournalFact, childrenOf: ChildrenOf): AdvanceFigures | undefined {
  const doc = advance.document;
  if (doc.kind !== 'prepayment') return undefined;
  let spent = 0;
  let returned = 0;
  for (const child of followUps(advance, childrenOf)) {
    if (child.document.kind === 'moneyBack') returned += documentTotal(child.document) ?? 0;
    if (child.document.kind !== 'sale' || isRolledBack(child, childrenOf)) continue;
    const givenBack = followUps(child, childrenOf).reduce((sum, f) => sum + (f.document.kind === 'moneyBack' ? f.document.tenders.prepayment : 0), 0);
    spent += child.document.tenders.prepayment - givenBack;
  }
  return { sum: doc.sum, spent, returned, balance: Math.max(0, doc.sum - spent - returned) };
}

/**
 * How much of a receipt an advance can pay: "the advance can only be used for future purchases
 * within the same VAT position" (the Caspos document), so only the lines at the advance's VAT.
 */
export function advanceUsable(lines: readonly ReceiptLine[], vatRate: VatRate): number {
  return lines.filter((line) => line.vatRate === vatRate).reduce((sum, line) => sum + lineTotal(line), 0);
}

/** The VAT regime an advance for goods is taken at: the one all its lines share, else none. */
export function commonVatRate(lines: readonly Pick<ReceiptLine, 'vatRate'>[]): VatRate | undefined {
  const rates = new Set(lines.map((line) => line.vatRate));
  return rates.size === 1 ? [...rates][0] : undefined;
}
