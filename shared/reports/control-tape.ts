import { z } from 'zod';

export const DocumentKind = z.enum(['sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const TapeTender = z.enum(['cash', 'card', 'bonus', 'credit', 'prepayment']);
export type TapeTender = z.infer<typeof TapeTender>;

const JournalState = z.enum(['pending', 'sending', 'done', 'rejected', 'unknown']);

/** A state filter: one of the journal's states, or documents the device has and the journal does not. */
export const TapeStateFilter = z.enum([...JournalState.options, 'notInJournal']);
export type TapeStateFilter = z.infer<typeof TapeStateFilter>;

export const TapeFilters = z.strictObject({
  kind: DocumentKind.optional(),
  tender: TapeTender.optional(),
  state: TapeStateFilter.optional(),
});
export type TapeFilters = z.infer<typeof TapeFilters>;

const Amount = z.number().int();
export const TapeTenders = z.object({ cash: Amount, card: Amount, bonus: Amount, credit: Amount, prepayment: Amount });
export type TapeTenders = z.infer<typeof TapeTenders>;

/**
 * One document of the shift: from the journal, from the device's control tape, or both. A row
 * where the two disagree (the journal has it done and the device does not, or the other way
 * round) is a `mismatch`: the reason behind a difference in the totals.
 */
export const ControlTapeRow = z.object({
  uuid: z.string().nullable(),
  /** Null for a kind of document the device names and Kassa does not know. */
  kind: DocumentKind.nullable(),
  deviceType: z.string().nullable(),
  /** The deposit the device makes of the opening float when the shift opens. */
  openingFloat: z.boolean(),
  /** Null: the journal has no such document. */
  state: JournalState.nullable(),
  /** Null: the device's control tape could not be read. */
  onDevice: z.boolean().nullable(),
  number: z.number().int().nullable(),
  /** The device's fiscal id of the document. */
  documentId: z.string().nullable(),
  shortDocumentId: z.string().nullable(),
  createdAt: z.string(),
  total: Amount,
  tax: Amount.nullable(),
  tenders: TapeTenders.nullable(),
  cashierName: z.string().nullable(),
  mismatch: z.boolean(),
});
export type ControlTapeRow = z.infer<typeof ControlTapeRow>;

export const ControlTapeTotals = z.object({
  /** Documents the device booked (done, or only on the device), per kind. */
  byKind: z.array(z.object({ kind: DocumentKind.nullable(), count: z.number().int(), total: Amount })),
  tenders: TapeTenders,
  rows: z.number().int(),
  mismatches: z.number().int(),
});
export type ControlTapeTotals = z.infer<typeof ControlTapeTotals>;

export const ControlTapeView = z.object({
  /** False when the device's tape could not be read (shift closed, device away): journal rows only. */
  deviceTape: z.boolean(),
  shiftNumber: z.number().int().nullable(),
  rows: z.array(ControlTapeRow),
  totals: ControlTapeTotals,
});
export type ControlTapeView = z.infer<typeof ControlTapeView>;
