import type { ExpectedCash } from '../../shared/fiscal/cash-count';
import type { DocumentFigures } from './document-figures';
import type { OpeningFloat } from './shift-documents';
import type { BookedDocument } from './shift-totals';

/**
 * Which way a document moves the drawer's cash. A rollback cancels a sale or a correction
 * (rollback-of.ts), so its cash goes back out like a refund's.
 */
const drawerPart: Record<DocumentFigures['section'], keyof Omit<ExpectedCash, 'openingFloat' | 'expected'>> = {
  sale: 'cashSales',
  creditPay: 'cashSales',
  prepayment: 'cashSales',
  correction: 'cashSales',
  moneyBack: 'cashRefunds',
  rollback: 'cashRefunds',
  deposit: 'cashIn',
  withdraw: 'cashOut',
};

/**
 * The cash that should be in the drawer, from the journal alone: every opening float (in the
 * drawer whether or not the device books it as a deposit, float-booking.ts), plus the cash kept
 * from what the device did, minus what went back out. Refused and unsettled documents move nothing.
 */
export function expectedCash(documents: readonly BookedDocument[], floats: readonly OpeningFloat[]): ExpectedCash {
  const parts = { openingFloat: floats.reduce((sum, f) => sum + f.sum, 0), cashSales: 0, cashRefunds: 0, cashIn: 0, cashOut: 0 };
  for (const { figures } of documents) {
    parts[drawerPart[figures.section]] += figures.tenders.cash;
  }
  return { ...parts, expected: parts.openingFloat + parts.cashSales - parts.cashRefunds + parts.cashIn - parts.cashOut };
}
