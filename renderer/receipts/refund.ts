import type { MoneyBackDocument, ReceiptLine, RollBackDocument, SaleDocument, Tenders } from '../../shared/fiscal/documents';
import { linesTotal, vatBreakdown } from '../../shared/fiscal/receipt-math';

export interface RefundableLine {
  line: ReceiptLine;
  /** Thousandths still refundable: sold minus refunded before. */
  remaining: number;
}

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

/** A rollback cancels a whole sale: the same tenders back, the gross per VAT regime. */
export function rollBackOf(sale: SaleDocument, parentDocumentId: string, cashierName: string, total: number): RollBackDocument {
  const paid = sale.tenders;
  const nonCash = paid.card + paid.bonus + paid.credit + paid.prepayment;
  const tenders: Tenders = { ...paid, cash: total - nonCash };
  return {
    kind: 'rollBack',
    cashierName,
    parentDocumentId,
    tenders,
    vatAmounts: vatBreakdown(sale.lines).map((g) => ({ vatRate: g.vatRate, sum: g.gross })),
  };
}

export function refundTotal(lines: readonly ReceiptLine[]): number {
  return linesTotal(lines);
}

/** A refund of a sale, paid back whole in cash or to the card. `manual`: the device cannot check the parent. */
export function refundDocument(input: { parentDocumentId: string; lines: ReceiptLine[]; toCard: boolean; manual: boolean; cashierName: string }): MoneyBackDocument {
  const total = linesTotal(input.lines);
  return {
    kind: 'moneyBack',
    cashierName: input.cashierName,
    parentDocumentId: input.parentDocumentId,
    moneyBackType: 'sale',
    manual: input.manual,
    lines: input.lines,
    tenders: { cash: input.toCard ? 0 : total, card: input.toCard ? total : 0, bonus: 0, credit: 0, prepayment: 0 },
  };
}
