import { z } from 'zod';
import { safeText } from '../text/safe-text';
import { OfficeProduct } from './till-api';

/**
 * What the office's own page says to the office service (under `/api/office/`), beside the till
 * API: a manager signs in with name and password (a session cookie, HttpOnly, Secure,
 * SameSite=Strict), makes shops and enrolment codes, removes tills and edits the catalogue. The
 * page's read routes (dashboards, Z reports) are GET routes mounted beside these.
 */
export const officeAdminPaths = {
  session: '/api/office/session',
  shops: '/api/office/shops',
  tills: '/api/office/tills',
} as const;

export const SignIn = z.strictObject({ name: safeText(80), password: z.string().min(1).max(200) });
export type SignIn = z.infer<typeof SignIn>;

export const SessionAnswer = z.strictObject({ name: z.string() });
export type SessionAnswer = z.infer<typeof SessionAnswer>;

/** A password of an office person: long enough that a copied database does not give it away soon. */
export const NewPassword = z.string().min(10).max(200);

export const NewShop = z.strictObject({ name: safeText(120), localProductsAllowed: z.boolean().default(true) });
export type NewShop = z.infer<typeof NewShop>;

export const Shop = z.strictObject({ id: z.uuid(), name: z.string(), localProductsAllowed: z.boolean(), catalogueVersion: z.number().int().nonnegative() });
export type Shop = z.infer<typeof Shop>;

/** A new enrolment code lives a day by default, a week at most: long enough to walk to the till. */
export const NewEnrolmentCode = z.strictObject({ validForHours: z.number().int().min(1).max(168).default(24) });

/** Shown once: the office keeps only the code's hash. The till's installer compares the fingerprint. */
export const EnrolmentCodeAnswer = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
  shopId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }),
  certificateFingerprint: z.string(),
});
export type EnrolmentCodeAnswer = z.infer<typeof EnrolmentCodeAnswer>;

export const TillRow = z.strictObject({
  id: z.uuid(),
  shopId: z.uuid(),
  name: z.string(),
  appVersion: z.string(),
  enrolledAt: z.iso.datetime({ offset: true }),
  removedAt: z.iso.datetime({ offset: true }).nullable(),
  lastPushAt: z.iso.datetime({ offset: true }).nullable(),
  lastSeenAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TillRow = z.infer<typeof TillRow>;

/** A product as the office page sends it: the office names it (`officeId`) when it is created. */
export const ProductFields = OfficeProduct.omit({ officeId: true });
export type ProductFields = z.infer<typeof ProductFields>;

export const ProductRow = z.strictObject({ product: OfficeProduct, version: z.number().int().positive() });
export type ProductRow = z.infer<typeof ProductRow>;

/** Errors of the office API; the page shows each code in the manager's language. */
export const OfficeAdminErrorCode = z.enum(['badRequest', 'unauthorized', 'signInFailed', 'tooManyAttempts', 'notFound', 'codeTaken', 'tooLarge', 'unavailable']);
export type OfficeAdminErrorCode = z.infer<typeof OfficeAdminErrorCode>;

export const OfficeAdminError = z.strictObject({ error: OfficeAdminErrorCode, message: z.string() });
export type OfficeAdminError = z.infer<typeof OfficeAdminError>;
