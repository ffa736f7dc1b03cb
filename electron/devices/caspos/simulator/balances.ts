import type { FiscalMemory, StoredDocument } from './memory';

/**
 * What is still owed on a credit sale and left on an advance, from the fiscal memory. The
 * document gives no rule for refunds here; the training device takes the one the app keeps: a
 * refund's credit part cancels debt, a refunded credit payment is owed again, a refund's advance
 * part goes back to the advance, and a rolled-back sale spent nothing.
 */
function refunds(memory: FiscalMemory, parent: StoredDocument): StoredDocument[] {
  return memory.children(parent.documentId).filter((d) => d.type === 'money_back');
}

const sum = (documents: readonly StoredDocument[], figure: (d: StoredDocument) => number) => documents.reduce((total, d) => total + figure(d), 0);

export function creditOwed(memory: FiscalMemory, sale: StoredDocument): number {
  const payments = memory.children(sale.documentId).filter((d) => d.type === 'credit');
  const paid = sum(payments, (p) => p.total - sum(refunds(memory, p), (r) => r.total));
  const cancelled = sum(refunds(memory, sale), (r) => r.tenders.credit);
  return sale.tenders.credit - paid - cancelled;
}

/** What a sale took from its advance and refunds have not given back. */
export function advanceNotGivenBack(memory: FiscalMemory, sale: StoredDocument): number {
  return sale.tenders.prepayment - sum(refunds(memory, sale), (r) => r.tenders.prepayment);
}

export function advanceBalance(memory: FiscalMemory, advance: StoredDocument): number {
  const children = memory.children(advance.documentId);
  const spent = sum(
    children.filter((d) => d.type === 'sale' && !d.rolledBack),
    (sale) => advanceNotGivenBack(memory, sale),
  );
  const returned = sum(children.filter((d) => d.type === 'money_back'), (r) => r.total);
  return advance.total - spent - returned;
}
