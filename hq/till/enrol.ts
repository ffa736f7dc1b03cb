import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { EnrolAnswer, EnrolRequest } from '../../shared/office/till-api';
import { sha256 } from '../db/canonical-hash';
import { inTransaction } from '../db/transaction';
import { OfficeFailure } from '../http/failure';

/**
 * A till joins with a one-time code: the code's hash is looked up under a row lock, so two tills
 * racing with one code get one till id between them. The token is 256 random bits, answered once;
 * the office keeps its SHA-256 (a slow hash adds nothing to 256 bits of entropy).
 */
export async function enrolTill(pool: Pool, request: EnrolRequest): Promise<EnrolAnswer> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ shop_id: string; used: boolean; expired: boolean; shop_name: string; local_products_allowed: boolean }>(
      `SELECT c.shop_id, c.used_at IS NOT NULL AS used, c.expires_at <= now() AS expired, s.name AS shop_name, s.local_products_allowed
         FROM enrolment_codes c JOIN shops s ON s.id = c.shop_id
        WHERE c.code_hash = $1 FOR UPDATE OF c`,
      [sha256(request.code)],
    );
    const code = rows[0];
    if (!code) throw new OfficeFailure(404, 'enrolmentCodeUnknown', 'no such enrolment code');
    if (code.used) throw new OfficeFailure(409, 'enrolmentCodeUsed', 'the enrolment code was used already');
    if (code.expired) throw new OfficeFailure(410, 'enrolmentCodeExpired', 'the enrolment code expired');
    const tillId = randomUUID();
    const token = randomBytes(32).toString('base64url');
    await client.query('INSERT INTO tills (id, shop_id, name, app_version, token_hash) VALUES ($1, $2, $3, $4, $5)', [
      tillId,
      code.shop_id,
      request.tillName,
      request.appVersion,
      sha256(token),
    ]);
    await client.query('UPDATE enrolment_codes SET used_at = now(), used_by = $2 WHERE code_hash = $1', [sha256(request.code), tillId]);
    return { tillId, shopId: code.shop_id, shopName: code.shop_name, token, localProductsAllowed: code.local_products_allowed };
  });
}
