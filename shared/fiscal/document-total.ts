import type { FiscalDocument } from './documents';
import { lineTotal, linesTotal } from './receipt-math';

/** What a document is worth, as the journal lists it; a Z report is worth nothing by itself. */
export function documentTotal(doc: FiscalDocument): number | null {
  switch (doc.kind) {
    case 'sale':
    case 'moneyBack':
      return linesTotal(doc.lines);
    case 'creditPay':
      return doc.lines.reduce((sum, line) => sum + lineTotal({ price: line.payment, quantity: line.quantity, discount: 0 }), 0);
    case 'prepayment':
    case 'deposit':
    case 'withdraw':
      return doc.sum;
    case 'correction':
      return doc.cash + doc.card;
    case 'rollBack':
      return doc.vatAmounts.reduce((sum, v) => sum + v.sum, 0);
    case 'closeShift':
      return null;
  }
}
