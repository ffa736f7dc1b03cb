import type { ReceiptLine } from '../../shared/fiscal/documents';
import { documentOf, type Journal, type JournalEntry } from './journal';

/**
 * What is left to refund of each line of a sale: what it sold, minus what refunds of it took
 * back, counting every refund the device has not refused (a refund still being sent counts, so
 * the same goods cannot be refunded twice while it is on its way).
 */
export function refundableLines(journal: Journal, sale: JournalEntry): { line: ReceiptLine; remaining: number }[] {
  const document = documentOf(sale);
  if (document.kind !== 'sale' || !sale.result) return [];
  const parentId = sale.result.documentId;
  const refunded = new Map<string, number>();
  for (const entry of journal.refundsOf(sale.deviceId, parentId)) {
    const refund = documentOf(entry);
    if (refund.kind !== 'moneyBack' || entry.state === 'rejected') continue;
    for (const line of refund.lines) {
      const key = line.parentItemUid ?? line.code;
      refunded.set(key, (refunded.get(key) ?? 0) + line.quantity);
    }
  }
  return document.lines.map((line) => {
    const key = line.itemUid ?? line.code;
    const taken = refunded.get(key) ?? 0;
    const remaining = Math.max(0, line.quantity - taken);
    refunded.set(key, Math.max(0, taken - line.quantity));
    return { line, remaining };
  });
}
