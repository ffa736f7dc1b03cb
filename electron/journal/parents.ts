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
 */
export function parentProblem(journal: Journal, deviceId: string, doc: FiscalDocument): FlowRefusal | undefined {
  const name = parentOf(doc);
  if (!name) return undefined;
  if (!('uuid' in name)) return { problem: 'parentUnknown' };
  const entry = deviceEntry(journal, deviceId, name.uuid);
  if (!entry) return { problem: 'parentUnknown' };
  if (entry.state !== 'done' || !entry.result) return { problem: 'parentNotDone' };
  return undefined;
}

/** The lookup the journal gives a driver's build step: this device's done documents, by UUID. */
export function journalParents(journal: Journal, deviceId: string): ParentLookup {
  return (uuid) => {
    const entry = deviceEntry(journal, deviceId, uuid);
    if (entry?.state !== 'done' || !entry.result) throw new UnknownParentError(uuid);
    return { uuid, document: documentOf(entry), result: entry.result };
  };
}
