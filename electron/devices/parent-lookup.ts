import type { DocumentResult } from '../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../shared/fiscal/documents';

/** A document's parent as the journal holds it: done on this device, with the device's answer. */
export interface ResolvedParent {
  uuid: string;
  document: FiscalDocument;
  /** What the device answered: its document id, numbers and fiscal code, in whatever form its mapping needs. */
  result: DocumentResult;
}

/**
 * Given to a driver's build step by the journal: documents name their parents by the journal's
 * UUID, and each driver's mapping turns that into its own device's id through this lookup.
 */
export type ParentLookup = (uuid: string) => ResolvedParent;

/** A parent UUID the journal does not hold as done on this device. The journal refuses such a document before the build, so this is a caller that skipped the check. */
export class UnknownParentError extends Error {
  constructor(readonly uuid: string) {
    super(`No done document ${uuid} in this device's journal`);
  }
}
