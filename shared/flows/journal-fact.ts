import type { FiscalDocument } from '../fiscal/documents';

/** A journaled document as the flows weigh it: what it is, its state, and the device's id once done. */
export interface JournalFact {
  uuid: string;
  document: FiscalDocument;
  state: 'pending' | 'sending' | 'done' | 'rejected' | 'unknown';
  /** The device's document id; only a done document has one, and only it can be a parent. */
  documentId: string | undefined;
}

/** The journal's documents that point at a device document (parentDocumentId or prepaymentDocumentId). */
export type ChildrenOf = (documentId: string) => readonly JournalFact[];

/**
 * A document counts unless the device refused it: one still on its way counts, so the same money
 * or goods cannot be used twice while it travels.
 */
export function counts(fact: JournalFact): boolean {
  return fact.state !== 'rejected';
}

/** The documents that count among those pointing at `parent`. */
export function followUps(parent: JournalFact, childrenOf: ChildrenOf): JournalFact[] {
  return parent.documentId ? childrenOf(parent.documentId).filter(counts) : [];
}

/** A sale or correction cancelled by a rollback that counts. */
export function isRolledBack(parent: JournalFact, childrenOf: ChildrenOf): boolean {
  return followUps(parent, childrenOf).some((f) => f.document.kind === 'rollBack');
}

/** The device document a document points at: what it refunds, cancels or pays, or the advance it spends. */
export function parentOf(document: FiscalDocument): string | undefined {
  switch (document.kind) {
    case 'moneyBack':
    case 'creditPay':
    case 'rollBack':
      return document.parentDocumentId;
    case 'sale':
      return document.prepaymentDocumentId;
    case 'prepayment':
    case 'deposit':
    case 'withdraw':
    case 'correction':
    case 'closeShift':
      return undefined;
  }
}
