import type { ReceiptLine } from '../../shared/fiscal/documents';
import { linesTotal } from '../../shared/fiscal/receipt-math';

/**
 * The share of a line's discount that `quantity` of it carries, after `returned` was refunded
 * before: counted on the quantity returned in all, rounded up, so each refund gives back at most
 * what was paid for it and the refunds of a whole line add up to exactly what was paid.
 */
export function discountShare(line: Pick<ReceiptLine, 'discount' | 'quantity'>, quantity: number, returned = 0): number {
  const upTo = (q: number) => Math.ceil((line.discount * q) / line.quantity);
  return upTo(Math.min(returned + quantity, line.quantity)) - upTo(returned);
}

/** The lines chosen for a refund, each at its original price less its share of the discount: what was paid for it. */
export function refundLines(chosen: readonly { line: ReceiptLine; quantity: number; returned?: number }[]): ReceiptLine[] {
  return chosen
    .filter((c) => c.quantity > 0)
    .map(({ line, quantity, returned }) => ({
      ...line,
      quantity,
      discount: discountShare(line, quantity, returned),
      parentItemUid: line.itemUid,
      itemUid: undefined,
    }));
}

export function refundTotal(lines: readonly ReceiptLine[]): number {
  return linesTotal(lines);
}
