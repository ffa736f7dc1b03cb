import { documentCurrency, type FiscalDocument } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { DeviceRefusal } from '../../shared/devices/refusal';
import type { StoredRequest } from '../devices/driver';
import { documentOf, type JournalEntry } from './journal';

/** Rebuilds a refusal from what the journal kept of it (code and words), explained by the device's driver. */
export interface RefusalSource {
  refusal(code: string, deviceText: string): DeviceRefusal;
  /** A device that sells offline names the reserved fiscal code a document goes out with. */
  offlineCode?(uuid: string, request: StoredRequest): string | undefined;
}

/** `document`: the entry's document where the caller holds it already parsed (just journaled), else read from the entry. */
export function documentView(entry: JournalEntry, device: RefusalSource, document: FiscalDocument = documentOf(entry)): JournalDocumentView {
  return {
    uuid: entry.uuid,
    kind: entry.kind,
    document,
    currency: documentCurrency(document),
    state: entry.state,
    attempts: entry.attempts,
    createdAt: entry.createdAt,
    total: entry.total,
    duplicate: entry.duplicate,
    result: entry.result,
    error: entry.errorCode === null ? null : device.refusal(entry.errorCode, entry.errorText ?? ''),
    unknownReason: entry.unknownReason,
    ...offlineOf(entry, device),
  };
}

/** Not yet settled and made offline: the receipt is complete with its reserved code, and provisional. */
function offlineOf(entry: JournalEntry, device: RefusalSource): { offlineCode?: string } {
  if (entry.state === 'done' || entry.state === 'rejected') return {};
  const code = device.offlineCode?.(entry.uuid, { operation: entry.operation, body: entry.request });
  return code === undefined ? {} : { offlineCode: code };
}
