import type { IncomingMessage } from 'node:http';
import type { Pool } from 'pg';
import { sha256 } from '../db/canonical-hash';
import { OfficeFailure } from '../http/failure';

export interface TillIdentity {
  tillId: string;
  shopId: string;
}

/**
 * The till behind a bearer token: looked up by the token's SHA-256 (the office never stores the
 * token), refused once the till was removed or left. Marks the till as seen.
 */
export async function authenticateTill(pool: Pool, req: IncomingMessage): Promise<TillIdentity> {
  const match = /^Bearer ([A-Za-z0-9_-]{32,200})$/.exec(req.headers.authorization ?? '');
  if (!match?.[1]) throw new OfficeFailure(401, 'unauthorized', 'a till token is required');
  const { rows } = await pool.query<{ id: string; shop_id: string; removed: boolean }>(
    'UPDATE tills SET last_seen_at = now() WHERE token_hash = $1 RETURNING id, shop_id, removed_at IS NOT NULL AS removed',
    [sha256(match[1])],
  );
  const till = rows[0];
  if (!till) throw new OfficeFailure(401, 'unauthorized', 'unknown till token');
  if (till.removed) throw new OfficeFailure(403, 'tillRemoved', 'this till was removed from the office');
  return { tillId: till.id, shopId: till.shop_id };
}
