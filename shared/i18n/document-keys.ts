import type { FiscalDocument } from '../fiscal/documents';
import type { JournalDocumentView } from '../ipc/journal-view';

/** Written out so each translation key can be found in the source. */
export const documentKindKey = {
  sale: 'documents.sale',
  moneyBack: 'documents.moneyBack',
  creditPay: 'documents.creditPay',
  prepayment: 'documents.prepayment',
  deposit: 'documents.deposit',
  withdraw: 'documents.withdraw',
  correction: 'documents.correction',
  rollBack: 'documents.rollBack',
  closeShift: 'documents.closeShift',
} as const satisfies Record<FiscalDocument['kind'], `documents.${FiscalDocument['kind']}`>;

export const journalStateKey = {
  pending: 'documents.state.pending',
  sending: 'documents.state.sending',
  done: 'documents.state.done',
  rejected: 'documents.state.rejected',
  unknown: 'documents.state.unknown',
} as const satisfies Record<JournalDocumentView['state'], `documents.state.${JournalDocumentView['state']}`>;
