import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import { isCashierFacing } from '../../shared/i18n/caspos-error-keys';
import { documentOf, type JournalEntry } from './journal';

export function documentView(entry: JournalEntry): JournalDocumentView {
  return {
    uuid: entry.uuid,
    kind: entry.kind,
    document: documentOf(entry),
    state: entry.state,
    attempts: entry.attempts,
    createdAt: entry.createdAt,
    total: entry.total,
    duplicate: entry.duplicate,
    result: entry.result,
    error:
      entry.errorCode === null ? null : { code: entry.errorCode, deviceText: entry.errorText ?? '', cashierFacing: isCashierFacing(entry.errorCode) },
    unknownReason: entry.unknownReason,
  };
}
