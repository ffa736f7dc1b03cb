import { randomInt } from 'node:crypto';
import type { Pool } from 'pg';
import type { EnrolmentCodeAnswer } from '../../shared/office/office-admin';
import { sha256 } from '../db/canonical-hash';
import { notFound } from '../http/failure';

/** No 0/O or 1/I: the code is read off one screen and typed into another. */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A one-time code for a new till of `shopId`: 32^8 (about 10^12) codes, single use, expiring;
 * shown once beside the certificate's fingerprint, kept only as a hash.
 */
export async function makeEnrolmentCode(pool: Pool, shopId: string, validForHours: number, certificateFingerprint: string): Promise<EnrolmentCodeAnswer> {
  const letters = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
  const { rows } = await pool.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (code_hash, shop_id, expires_at)
     SELECT $1, id, now() + $3 * interval '1 hour' FROM shops WHERE id = $2 RETURNING expires_at`,
    [sha256(letters), shopId, validForHours],
  );
  if (!rows[0]) throw notFound();
  return { code: `${letters.slice(0, 4)}-${letters.slice(4)}`, shopId, expiresAt: rows[0].expires_at.toISOString(), certificateFingerprint };
}
