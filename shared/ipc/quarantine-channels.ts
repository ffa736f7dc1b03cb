import { z } from 'zod';
import { Pin } from '../people/people';

/**
 * A journal document the app cannot read back (written by an older version, or a damaged file):
 * left out of lists and reports, shown to the manager with its stored text. While it is unsettled
 * and undecided, its device's queue waits: the device numbers documents in order.
 */
export const QuarantinedDocument = z.object({
  documentId: z.number().int(),
  uuid: z.string(),
  deviceId: z.string(),
  kind: z.string(),
  state: z.string(),
  createdAt: z.string(),
  foundAt: z.string(),
  /** What the read check said, field by field. */
  problem: z.string(),
  /** The stored row as text (its total as SQLite holds it, not as a rounded number). */
  raw: z.string(),
  /** Unsettled and undecided: its device sends nothing until the manager decides. */
  blocking: z.boolean(),
  resolution: z.enum(['setAside']).nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});
export type QuarantinedDocument = z.infer<typeof QuarantinedDocument>;

export const quarantineChannels = {
  'journal.quarantine': { input: z.strictObject({}), output: z.array(QuarantinedDocument) },
  /** The manager's decision, confirmed with the approving manager's own PIN on an unsettled quarantined document: never send it; its device's queue goes on. */
  'journal.setAside': { input: z.strictObject({ uuid: z.uuid(), pin: Pin }), output: z.object({ uuid: z.string(), state: z.literal('setAside') }) },
} as const;
