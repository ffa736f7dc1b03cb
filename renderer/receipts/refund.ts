import type { ReceiptLine } from '../../shared/fiscal/documents';
import { linesTotal } from '../../shared/fiscal/receipt-math';

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

export function refundTotal(lines: readonly ReceiptLine[]): number {
  return linesTotal(lines);
}
