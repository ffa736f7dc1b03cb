import { z } from 'zod';
import { DocumentKind } from './control-tape';

/**
 * A document the device settled as done with an answer that does not fit it: another total than
 * the journal's, or a device document id the device had already given another of our documents.
 * The device did fiscalise it; a manager checks it against the device's own records.
 */
export const AnswerMismatch = z.object({
  uuid: z.string(),
  kind: DocumentKind,
  createdAt: z.string(),
  totalDiffers: z.boolean(),
  /** Minor units; null where the document or the answer has no total. */
  documentTotal: z.number().int().nullable(),
  deviceTotal: z.number().int().nullable(),
  deviceDocumentId: z.string().nullable(),
  /** Our earlier document that got the same device document id; null when the id was new. */
  earlierUuid: z.string().nullable(),
});
export type AnswerMismatch = z.infer<typeof AnswerMismatch>;
