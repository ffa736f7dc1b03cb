import { z } from 'zod';
import { DeviceRefusal } from '../devices/refusal';
import { DocumentResult } from '../fiscal/device-results';
import { FiscalDocument } from '../fiscal/documents';
import { Currency } from '../money';

/** A journaled document as the renderer sees it: what it is, its state, and the device's answer or refusal. */
export const JournalDocumentView = z.object({
  uuid: z.string(),
  kind: z.string(),
  document: FiscalDocument,
  currency: Currency,
  state: z.enum(['pending', 'sending', 'done', 'rejected', 'unknown']),
  attempts: z.number().int(),
  createdAt: z.string(),
  total: z.number().int().nullable(),
  duplicate: z.boolean(),
  result: DocumentResult.nullable(),
  error: DeviceRefusal.nullable(),
  unknownReason: z.string().nullable(),
  /** Made offline and not yet sent: the reserved fiscal code it goes out with; the receipt is complete with it and provisional. */
  offlineCode: z.string().optional(),
});
export type JournalDocumentView = z.infer<typeof JournalDocumentView>;
