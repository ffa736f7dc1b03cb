import { z } from 'zod';
import { PrivilegedAction } from './privileges';

/** Everything the audit log records: the privileged actions, and how people got to do them. */
export const AuditAction = z.enum([
  ...PrivilegedAction.options,
  'signIn',
  'signOut',
  'approval',
  'personCreated',
  'personChanged',
  'setupCompleted',
  'deviceAdded',
  'deviceChanged',
  'deviceRemoved',
  'deviceActivated',
  'receiptReprinted',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditOutcome = z.enum(['done', 'refused', 'failed']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: AuditAction,
  outcome: AuditOutcome,
  actor: z.string().nullable(),
  approver: z.string().nullable(),
  /** What was done to what: a document's UUID and kind, a setting's key; never a PIN or password. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditDetails = AuditEntry['details'];
