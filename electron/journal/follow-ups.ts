import { parentOf, type ChildrenOf, type JournalFact } from '../../shared/flows/journal-fact';
import { documentOf, type Journal, type JournalEntry } from './journal';

export function factOf(entry: JournalEntry): JournalFact {
  return { uuid: entry.uuid, document: documentOf(entry), state: entry.state, documentId: entry.result?.documentId };
}

/**
 * The documents pointing at `roots` and those pointing at them, read in two queries: every
 * figure of the flows needs two generations (a credit sale, its payments, their refunds; an
 * advance, the sales spending it, their refunds and rollbacks).
 */
export function loadChildren(journal: Journal, deviceId: string, roots: readonly JournalFact[]): ChildrenOf {
  const byParent = new Map<string, JournalFact[]>();
  const load = (parents: readonly JournalFact[]) => {
    const children = journal.childrenOf(deviceId, parents).map(factOf);
    // A child names its parent by UUID, or (journaled before issue 14) by the parent's device id.
    const uuidOf = new Map(parents.flatMap((p) => (p.documentId === undefined ? [] : [[p.documentId, p.uuid] as const])));
    for (const child of children) {
      const name = parentOf(child.document);
      const parent = name && ('uuid' in name ? name.uuid : uuidOf.get(name.documentId));
      if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
    }
    return children;
  };
  load(load(roots));
  return (parent) => byParent.get(parent.uuid) ?? [];
}
