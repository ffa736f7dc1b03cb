import type { Pool } from 'pg';
import type { TillRow } from '../../shared/office/office-admin';

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** The tills of every shop (or of one), newest first, removed ones with the time they left. */
export async function listTills(pool: Pool, shopId: string | undefined): Promise<TillRow[]> {
  const { rows } = await pool.query<{
    id: string;
    shop_id: string;
    name: string;
    app_version: string;
    enrolled_at: Date;
    removed_at: Date | null;
    last_push_at: Date | null;
    last_seen_at: Date | null;
  }>('SELECT * FROM tills WHERE $1::uuid IS NULL OR shop_id = $1 ORDER BY enrolled_at DESC, id', [shopId ?? null]);
  return rows.map((row) => ({
    id: row.id,
    shopId: row.shop_id,
    name: row.name,
    appVersion: row.app_version,
    enrolledAt: row.enrolled_at.toISOString(),
    removedAt: iso(row.removed_at),
    lastPushAt: iso(row.last_push_at),
    lastSeenAt: iso(row.last_seen_at),
  }));
}
