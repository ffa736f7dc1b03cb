import { z } from 'zod';
import { EnrolmentCode, OfficeErrorCode } from '../office/till-api';
import { safeText } from '../text/safe-text';

const NoInput = z.strictObject({});

/**
 * Why the last push or pull came to nothing, as the settings screen words it for the manager:
 * the till's own kinds (electron/office/office-transport.ts) and the office's error codes.
 */
export const OfficeProblemCode = z.enum(['unreachable', 'timeout', 'certificateChanged', 'badAnswer', 'unexpected', ...OfficeErrorCode.options]);
export type OfficeProblemCode = z.infer<typeof OfficeProblemCode>;

/** An office's address as the installer types it: https, a host and maybe a port, nothing after. */
export const OfficeAddress = z
  .string()
  .trim()
  .max(200)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' && url.username === '' && url.password === '' && (url.pathname === '/' || url.pathname === '') && url.search === '';
    } catch {
      return false;
    }
  }, 'an https address')
  .transform((text) => new URL(text).origin);

/** SHA-256 of a certificate as `AB:CD:…` (32 pairs). */
export const CertificateFingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'a SHA-256 fingerprint');

export const OfficeStatus = z.discriminatedUnion('joined', [
  z.object({ joined: z.literal(false) }),
  z.object({
    joined: z.literal(true),
    address: z.string(),
    fingerprint: CertificateFingerprint,
    shopName: z.string(),
    tillName: z.string(),
    joinedAt: z.string(),
    localProductsAllowed: z.boolean(),
    catalogueVersion: z.number().int().nonnegative(),
    /** Outbox items the office has not acknowledged yet. */
    waiting: z.number().int().nonnegative(),
    lastPushAt: z.string().nullable(),
    lastPushError: OfficeProblemCode.nullable(),
    lastPullAt: z.string().nullable(),
    lastPullError: OfficeProblemCode.nullable(),
    conflicts: z.number().int().nonnegative(),
  }),
]);
export type OfficeStatus = z.infer<typeof OfficeStatus>;

export const OfficeConflict = z.object({
  seq: z.number().int().positive(),
  type: z.enum(['document', 'zReport', 'mismatch', 'audit', 'shiftOpening']),
  /** What the manager looks for: a document's UUID, else the till's own row number. */
  identity: z.string(),
  at: z.string(),
});
export type OfficeConflict = z.infer<typeof OfficeConflict>;

/** The shop office (issue 21) from the till's settings. */
export const officeChannels = {
  'office.status': { input: NoInput, output: OfficeStatus },
  /** The certificate the office at this address presents, for the installer to compare before joining. */
  'office.probe': { input: z.strictObject({ address: OfficeAddress }), output: z.object({ address: z.string(), fingerprint: CertificateFingerprint }) },
  /** Joins with the office's one-time code, pinning the fingerprint the installer compared. */
  'office.join': {
    input: z.strictObject({ address: OfficeAddress, fingerprint: CertificateFingerprint, code: EnrolmentCode, tillName: safeText(80) }),
    output: OfficeStatus,
  },
  'office.leave': { input: NoInput, output: z.object({ officeTold: z.boolean() }) },
  'office.conflicts': { input: NoInput, output: z.array(OfficeConflict) },
} as const;
