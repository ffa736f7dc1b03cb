import type { FiscalDocument } from '../../shared/fiscal/documents';
import { parentOf } from '../../shared/flows/journal-fact';
import type { FlowRefusal } from '../../shared/flows/problems';
import { UnknownParentError, type ParentLookup } from '../devices/parent-lookup';
import { documentOf, type Journal, type JournalEntry } from './journal';

/** The journaled document with this UUID, when it is this device's. */
function deviceEntry(journal: Journal, deviceId: string, uuid: string): JournalEntry | undefined {
  const entry = journal.byUuid(uuid);
  return entry?.deviceId === deviceId ? entry : undefined;
}

/**
 * A new document names its parent by the journal's UUID, and that parent is a document this
 * device did: checked before anything is journaled. The device's id of a parent is only read in
 * documents journaled before issue 14; a new one naming it is refused. A manual refund's receipt
 * is not in this journal (it names no parent here): the device checks that one itself.
 * The parent, when the document names one, for the flows' own checks.
 */
export function checkParent(journal: Journal, deviceId: string, doc: FiscalDocument): { refusal: FlowRefusal } | { parent: JournalEntry | undefined } {
  const name = parentOf(doc);
  if (!name) return { parent: undefined };
  if (!('uuid' in name)) return { refusal: { problem: 'parentUnknown' } };
  const entry = deviceEntry(journal, deviceId, name.uuid);
  if (!entry) return { refusal: { problem: 'parentUnknown' } };
  if (entry.state !== 'done' || !entry.result) return { refusal: { problem: 'parentNotDone' } };
  return { parent: entry };
}

/** The lookup the journal gives a driver's build step: this device's done documents, by UUID. */
export function journalParents(journal: Journal, deviceId: string): ParentLookup {
  return (uuid) => {
    const entry = deviceEntry(journal, deviceId, uuid);
    if (entry?.state !== 'done' || !entry.result) throw new UnknownParentError(uuid);
    return { uuid, document: documentOf(entry), result: entry.result };
  };
}
