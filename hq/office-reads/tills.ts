import type pg from 'pg';
import { ShopFilter, TillsAnswer } from '../../shared/office/office-api';
import { iso, isoOrNull, parseQuery } from './query';

/**
 * A till that has not been heard from for this long is shown offline. A joined till pushes and
 * pulls every few seconds while the office answers; five minutes without a word is a till
 * switched off or cut off, not a till between two rounds.
 */
export const onlineWithinSeconds = 300;

interface TillRow {
  id: string;
  name: string;
  shop_id: string;
  shop_name: string;
  currency: string;
  app_version: string;
  online: boolean;
  last_push_at: Date | null;
  last_seen_at: Date | null;
  drawers: { deviceId: string; cash: string; reportedAt: string }[];
}

/** The shops' tills (removed ones left out), with whether each is online now by the office's clock. */
export async function readTills(pool: pg.Pool, query: URLSearchParams): Promise<TillsAnswer> {
  const { shop } = parseQuery(ShopFilter, query);
  // The database's clock decides "now", the same clock that stamped last_seen_at.
  const { rows } = await pool.query<TillRow>(
    `SELECT t.id, t.name, t.shop_id, s.name AS shop_name, s.currency, t.app_version, t.last_push_at, t.last_seen_at,
       coalesce(greatest(t.last_seen_at, t.last_push_at) > now() - make_interval(secs => $2), false) AS online,
       coalesce((SELECT json_agg(json_build_object('deviceId', d.device_id, 'cash', d.cash::text, 'reportedAt', d.reported_at) ORDER BY d.device_id)
                 FROM drawers d WHERE d.till_id = t.id), '[]') AS drawers
     FROM tills t JOIN shops s ON s.id = t.shop_id
     WHERE t.removed_at IS NULL AND ($1::uuid IS NULL OR s.id = $1::uuid)
     ORDER BY s.name, t.name, t.id`,
    [shop ?? null, onlineWithinSeconds],
  );
  return TillsAnswer.parse({
    onlineWithinSeconds,
    tills: rows.map((row) => ({
      tillId: row.id,
      name: row.name,
      shopId: row.shop_id,
      shopName: row.shop_name,
      currency: row.currency,
      appVersion: row.app_version,
      online: row.online,
      lastPushAt: isoOrNull(row.last_push_at),
      lastSeenAt: isoOrNull(row.last_seen_at),
      // bigint travels as text so no figure is rounded on the way; json's timestamps lack a zone letter.
      drawers: row.drawers.map((d) => ({ deviceId: d.deviceId, cash: Number(d.cash), reportedAt: iso(new Date(d.reportedAt)) })),
    })),
  });
}
