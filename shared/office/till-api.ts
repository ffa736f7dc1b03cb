import { z } from 'zod';
import { CodeType, QuantityUnit, VatRate } from '../fiscal/catalogue-types';
import { Money } from '../fiscal/units';
import { safeText } from '../text/safe-text';

/**
 * What a till and the shop office say to each other over HTTPS. The office (hq/) and the till
 * (electron/office/) both parse with these schemas, so neither side trusts the other's bytes.
 *
 * Security model in one place: a till joins with a one-time enrolment code the office made for
 * one shop; the office answers with a till id and a bearer token (kept on the till in the OS
 * keychain, stored in the office only as a hash). With that token a till can write only its own
 * documents and read only its own shop's catalogue. The till pins the office's certificate by the
 * SHA-256 fingerprint shown beside the enrolment code. Nothing secret of the till (device
 * passwords, PINs, tokens of devices) is in any message below.
 */

/** The paths of the till API, under the office's address. */
export const tillApiPaths = {
  enrol: '/api/till/enrol',
  push: '/api/till/push',
  catalogue: '/api/till/catalogue',
  leave: '/api/till/leave',
} as const;

/** An enrolment code as the office shows it: eight letters and digits in two groups, e.g. "K7QF-2MXD". */
export const EnrolmentCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, { message: 'enrolment code' })
  .transform((code) => code.replace('-', ''));

export const EnrolRequest = z.strictObject({
  code: EnrolmentCode,
  /** The till's own name, shown in the office ("Till 2 by the door"). */
  tillName: safeText(80),
  /** The app's version, for the office's list of tills. */
  appVersion: safeText(40),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolAnswer = z.strictObject({
  tillId: z.uuid(),
  shopId: z.uuid(),
  shopName: z.string(),
  /** Sent once, here; the office keeps only its hash. */
  token: z.string().min(32).max(200),
  /** Whether the shop lets a till keep products of its own beside the office's catalogue. */
  localProductsAllowed: z.boolean(),
});
export type EnrolAnswer = z.infer<typeof EnrolAnswer>;

const Iso = z.iso.datetime({ offset: true });
const Json = z.json();

/** A settled journal document: immutable, identified everywhere by its journal UUID. */
export const PushedDocument = z.strictObject({
  uuid: z.uuid(),
  deviceId: z.string().min(1).max(100),
  kind: z.enum(['sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift']),
  operation: z.string().min(1).max(60),
  state: z.enum(['done', 'rejected']),
  /** The document as journaled (lines, tenders, cashier's name), money in minor units. */
  document: Json,
  total: z.number().int().safe().nullable(),
  createdAt: Iso,
  settledAt: Iso,
  duplicate: z.boolean(),
  deviceDocumentId: z.string().nullable(),
  deviceDocumentNumber: z.number().int().nullable(),
  deviceShiftDocumentNumber: z.number().int().nullable(),
  deviceShortId: z.string().nullable(),
  deviceTotal: z.number().int().safe().nullable(),
  /** The device's refusal code as the journal keeps it: text, since Checkbox names its codes by words (migrations/0010). */
  errorCode: z.string().max(200).nullable(),
  errorText: z.string().nullable(),
});
export type PushedDocument = z.infer<typeof PushedDocument>;

/** A Z report as the till stored it, with the journal's figures and their comparison. */
export const PushedZReport = z.strictObject({
  localId: z.number().int().positive(),
  deviceId: z.string().min(1).max(100),
  /** The closeShift document's UUID. */
  documentUuid: z.uuid(),
  reportNumber: z.string(),
  closedAt: Iso,
  cashierName: z.string(),
  deviceReport: Json,
  journalReport: Json,
  comparison: Json,
  differences: z.number().int().nonnegative(),
});
export type PushedZReport = z.infer<typeof PushedZReport>;

/** A journal-vs-device difference the till found when a device answered. */
export const PushedMismatch = z.strictObject({
  documentUuid: z.uuid(),
  deviceId: z.string().min(1).max(100),
  at: Iso,
  totalDiffers: z.boolean(),
  documentTotal: z.number().int().safe().nullable(),
  deviceTotal: z.number().int().safe().nullable(),
  deviceDocumentId: z.string().nullable(),
  earlierDocumentUuid: z.uuid().nullable(),
});
export type PushedMismatch = z.infer<typeof PushedMismatch>;

/** A row of the till's audit log; details never carry a PIN or a password (they never did). */
export const PushedAuditEntry = z.strictObject({
  localId: z.number().int().positive(),
  at: Iso,
  action: z.string().min(1).max(80),
  outcome: z.enum(['done', 'refused', 'failed']),
  actorName: z.string().nullable(),
  approverName: z.string().nullable(),
  details: Json,
});
export type PushedAuditEntry = z.infer<typeof PushedAuditEntry>;

/** A shift opened on a device (a journal event; the close is the closeShift document). */
export const PushedShiftOpening = z.strictObject({
  localId: z.number().int().positive(),
  deviceId: z.string().min(1).max(100),
  at: Iso,
  detail: Json,
});
export type PushedShiftOpening = z.infer<typeof PushedShiftOpening>;

/** One entry of the till's outbox, in the order the till settled them; `seq` is the outbox's. */
export const OutboxItem = z.discriminatedUnion('type', [
  z.strictObject({ seq: z.number().int().positive(), type: z.literal('document'), document: PushedDocument }),
  z.strictObject({ seq: z.number().int().positive(), type: z.literal('zReport'), zReport: PushedZReport }),
  z.strictObject({ seq: z.number().int().positive(), type: z.literal('mismatch'), mismatch: PushedMismatch }),
  z.strictObject({ seq: z.number().int().positive(), type: z.literal('audit'), audit: PushedAuditEntry }),
  z.strictObject({ seq: z.number().int().positive(), type: z.literal('shiftOpening'), shiftOpening: PushedShiftOpening }),
]);
export type OutboxItem = z.infer<typeof OutboxItem>;

/** At most this many items a push; the till sends its backlog in batches of this size. */
export const maxPushItems = 500;

export const PushRequest = z.strictObject({
  /** Cash in the till's drawer(s) by device as the till reckons it now, for the office's page. */
  drawers: z.array(z.strictObject({ deviceId: z.string().min(1).max(100), cash: z.number().int().safe() })).max(20),
  items: z.array(OutboxItem).max(maxPushItems),
});
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * What became of each item. `stored`: new; `repeat`: the office had it with the same content (a
 * push that was lost or half-done, pushed again); `conflict`: the office has something else under
 * that identity (another content, or another till's UUID). A conflict is kept in the office and
 * shown to both managers; the till moves past it so one bad item never stops the rest.
 */
export const PushItemOutcome = z.enum(['stored', 'repeat', 'conflict']);
export type PushItemOutcome = z.infer<typeof PushItemOutcome>;

export const PushAnswer = z.strictObject({
  results: z.array(z.strictObject({ seq: z.number().int().positive(), outcome: PushItemOutcome })),
});
export type PushAnswer = z.infer<typeof PushAnswer>;

/** A product as the office's catalogue holds it; `officeId` names it on every till. */
export const OfficeProduct = z.strictObject({
  officeId: z.uuid(),
  name: safeText(255),
  code: z.string().max(64),
  barcodes: z.array(z.string().min(1).max(64)).max(50),
  price: Money,
  vatRate: VatRate,
  unit: QuantityUnit,
  codeType: CodeType,
  markingRequired: z.boolean(),
  favourite: z.boolean(),
  position: z.number().int().nonnegative().nullable(),
});
export type OfficeProduct = z.infer<typeof OfficeProduct>;

/**
 * Catalogue changes after a version: every change bumps the shop's catalogue version, a removal
 * is kept as a tombstone so a till that was away a week still hears of it. `GET
 * catalogue?after=V&limit=N`; the till applies a page in one transaction and asks again while
 * `more` is true.
 */
export const CatalogueChange = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('upsert'), version: z.number().int().positive(), product: OfficeProduct }),
  z.strictObject({ type: z.literal('removal'), version: z.number().int().positive(), officeId: z.uuid() }),
]);
export type CatalogueChange = z.infer<typeof CatalogueChange>;

export const maxCatalogueChanges = 2000;

export const CatalogueQuery = z.strictObject({
  after: z.coerce.number().int().nonnegative(),
  limit: z.coerce.number().int().positive().max(maxCatalogueChanges).default(maxCatalogueChanges),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;

export const CatalogueAnswer = z.strictObject({
  changes: z.array(CatalogueChange).max(maxCatalogueChanges),
  /** The version the till is at after applying `changes`. */
  version: z.number().int().nonnegative(),
  more: z.boolean(),
  localProductsAllowed: z.boolean(),
});
export type CatalogueAnswer = z.infer<typeof CatalogueAnswer>;

/** An error answer of the office: a stable code the till shows in the manager's words. */
export const OfficeErrorCode = z.enum([
  'badRequest',
  'unauthorized',
  'enrolmentCodeUnknown',
  'enrolmentCodeUsed',
  'enrolmentCodeExpired',
  'tillRemoved',
  'tooLarge',
  'unavailable',
]);
export type OfficeErrorCode = z.infer<typeof OfficeErrorCode>;

export const OfficeError = z.strictObject({ error: OfficeErrorCode, message: z.string() });
export type OfficeError = z.infer<typeof OfficeError>;
