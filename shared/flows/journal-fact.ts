import type { FiscalDocument } from '../fiscal/documents';

/** A journaled document as the flows weigh it: what it is, its state, and the device's id once done. */
export interface JournalFact {
  uuid: string;
  document: FiscalDocument;
  state: 'pending' | 'sending' | 'done' | 'rejected' | 'unknown';
  /** The device's document id; only a done document has one, and only it can be a parent. */
  documentId: string | undefined;
}

/** The journal's documents that point at `parent` (see `pointsAt`). */
export type ChildrenOf = (parent: JournalFact) => readonly JournalFact[];

/**
 * A document counts unless the device refused it: one still on its way counts, so the same money
 * or goods cannot be used twice while it travels.
 */
export function counts(fact: JournalFact): boolean {
  return fact.state !== 'rejected';
}

/** The documents that count among those pointing at `parent`. */
export function followUps(parent: JournalFact, childrenOf: ChildrenOf): JournalFact[] {
  return parent.documentId ? childrenOf(parent).filter(counts) : [];
}

/** A sale or correction cancelled by a rollback that counts. */
export function isRolledBack(parent: JournalFact, childrenOf: ChildrenOf): boolean {
  return followUps(parent, childrenOf).some((f) => f.document.kind === 'rollBack');
}

/**
 * How a document names what it refunds, cancels or pays, or the advance it spends: by the parent's
 * journal UUID; in documents journaled before issue 14 by the device's document id. A manual
 * refund's receipt (`manualParentDocumentId`) is not in this journal: it names no parent here.
 */
export type ParentName = { uuid: string } | { documentId: string };

export function parentOf(document: FiscalDocument): ParentName | undefined {
  switch (document.kind) {
    case 'moneyBack':
    case 'creditPay':
    case 'rollBack':
      if (document.parentUuid !== undefined) return { uuid: document.parentUuid };
      return document.parentDocumentId === undefined ? undefined : { documentId: document.parentDocumentId };
    case 'sale':
      if (document.prepaymentUuid !== undefined) return { uuid: document.prepaymentUuid };
      return document.prepaymentDocumentId === undefined ? undefined : { documentId: document.prepaymentDocumentId };
    case 'prepayment':
    case 'deposit':
    case 'withdraw':
    case 'correction':
    case 'closeShift':
      return undefined;
  }
}

/** Whether `document` names `parent`, by either name. */
export function pointsAt(document: FiscalDocument, parent: Pick<JournalFact, 'uuid' | 'documentId'>): boolean {
  const name = parentOf(document);
  if (!name) return false;
  return 'uuid' in name ? name.uuid === parent.uuid : parent.documentId !== undefined && name.documentId === parent.documentId;
}
