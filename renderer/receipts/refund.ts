import type { CorrectionDocument, ReceiptLine, RollBackDocument, SaleDocument } from '../../shared/fiscal/documents';
import { linesTotal, vatBreakdown } from '../../shared/fiscal/receipt-math';

/** The lines chosen for a refund, each at its original price and per-unit share of the discount. */
export function refundLines(chosen: readonly { line: ReceiptLine; quantity: number }[]): ReceiptLine[] {
  return chosen
    .filter((c) => c.quantity > 0)
    .map(({ line, quantity }) => ({
      ...line,
      quantity,
      // The discount follows the quantity returned, rounded down so a refund never exceeds the sale.
      discount: Math.floor((line.discount * quantity) / line.quantity),
      parentItemUid: line.itemUid,
      itemUid: undefined,
    }));
}

/**
 * A rollback cancels a whole sale or correction of this shift: the same tenders back (a sale's
 * change taken out of its cash), the gross per VAT regime; the parent named by its journal UUID.
 */
export function rollBackOf(doc: SaleDocument | CorrectionDocument, parentUuid: string, cashierName: string, total: number): RollBackDocument {
  if (doc.kind === 'correction') {
    return {
      kind: 'rollBack',
      cashierName,
      parentUuid,
      tenders: { cash: doc.cash, card: doc.card, bonus: 0, credit: 0, prepayment: 0 },
      vatAmounts: [{ vatRate: doc.vatRate, sum: doc.cash + doc.card }],
    };
  }
  const paid = doc.tenders;
  const nonCash = paid.card + paid.bonus + paid.credit + paid.prepayment;
  return {
    kind: 'rollBack',
    cashierName,
    parentUuid,
    tenders: { ...paid, cash: total - nonCash },
    vatAmounts: vatBreakdown(doc.lines).map((g) => ({ vatRate: g.vatRate, sum: g.gross })),
  };
}

export function refundTotal(lines: readonly ReceiptLine[]): number {
  return linesTotal(lines);
}
