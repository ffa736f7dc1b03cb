import { z } from 'zod';

/**
 * Error codes that cross the IPC boundary. The renderer translates each code; `message` is for
 * logs and developers, so it never has to be shown to a cashier.
 */
export const ErrorCode = z.enum([
  'invalid_input',
  'unknown_channel',
  'unauthorized',
  'payload_too_large',
  'internal',
  /** The device refused; details: a DeviceRefusal (shared/devices/refusal.ts). */
  'device_rejected',
  /** No trustworthy answer from the device; details: { reason }. */
  'device_no_answer',
  /** No driver can reach the active device. */
  'device_unavailable',
  /** Earlier documents are still being settled with the device; details: { unsettled }. */
  'journal_busy',
  /** A catalogue file with problems, imported not at all; details: ImportProblem[]. */
  'import_invalid',
  /** Nobody is signed in at this station: the login screen comes first. */
  'not_signed_in',
  /** A cashier asked for a privileged action without a manager's approval; details: { action }. */
  'approval_required',
  /** details: { attemptsLeft }. */
  'pin_wrong',
  /** Too many wrong PINs; details: { until }. */
  'pin_locked',
  /** The signed-in person's role does not allow this, approval or not. */
  'not_permitted',
  /** Another active person has this name. */
  'person_exists',
  /** The change would leave nobody who can approve (no manager or administrator). */
  'last_approver',
  /** The first-run setup is already done. */
  'setup_done',
  /** The shift cannot close while documents wait for the device; details: { unsettled }. */
  'shift_unsettled',
  /** The journal refuses a document of a flow (overpaid credit, spent advance...); details: FlowRefusal. */
  'document_invalid',
  /** The database could not be written (full disk, read-only file): nothing was saved; details: { problem: StorageProblem }. */
  'storage_failed',
  /** A quarantined document holds back the device's queue until a manager decides; details: { quarantined }. */
  'journal_blocked',
  /** The active device cannot do this (its system lacks it, or the shop switched it off); nothing was journaled; details: { capability: CapabilityNeed }. */
  'not_supported',
  /** Another catalogue preview or import is running: one at a time, they share the staging tables. */
  'import_busy',
  /** The catalogue import was stopped by Cancel before it wrote anything: the catalogue is as it was. */
  'import_cancelled',
  /** The picked catalogue file is larger than maxImportFileBytes; details: { limit }. */
  'import_too_large',
  /** The picked catalogue file cannot be read (gone, not a file, not ours to read). */
  'import_unreadable',
  /** The shop office could not be reached or refused; details: { problem: OfficeProblemCode } (shared/ipc/office-channels.ts). */
  'office_failed',
  /** The till belongs to an office already: it leaves that one first. */
  'office_joined',
  /** The shop's office keeps the products and does not let this till make its own. */
  'office_products',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Result<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}
