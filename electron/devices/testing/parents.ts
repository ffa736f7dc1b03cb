import type { DocumentResult } from '../../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import { UnknownParentError, type ParentLookup } from '../parent-lookup';

/** For documents built outside the journal that name no parent: any lookup is a mistake of the test. */
export const noParents: ParentLookup = (uuid) => {
  throw new UnknownParentError(uuid);
};

/**
 * For documents built outside the journal (a driver's contract tests): each parent UUID stands for
 * the device document given, as the journal would resolve it.
 */
export function parentsByUuid(parents: ReadonlyMap<string, { document: FiscalDocument; result: DocumentResult }>): ParentLookup {
  return (uuid) => {
    const parent = parents.get(uuid);
    if (!parent) throw new UnknownParentError(uuid);
    return { uuid, ...parent };
  };
}
