import type pg from 'pg';
import { DayQuery, DifferencesAnswer, maxConflictsShown } from '../../shared/office/office-api';
import { bigintOrNull, dayEnd, dayStart, foundAt, iso, parseQuery, shopFilter, type FoundAtRow } from './query';
import { zReportsOfDay } from './z-reports';

interface MismatchRow extends FoundAtRow {
  at: Date;
  total_differs: boolean;
  document_total: string | null;
  device_total: string | null;
  device_document_id: string | null;
  earlier_document_uuid: string | null;
}

interface ConflictRow {
  id: string;
  till_id: string;
  till_name: string;
  shop_id: string;
  shop_name: string;
  item_type: string;
  identity: string;
  at: Date;
  total: string;
}

/**
 * What disagrees, for the manager to look into: the journal-vs-device differences the tills found
 * in the day (documents and Z reports), and the pushes the office refused, whatever their day,
 * because they wait for someone until resolved.
 */
export async function readDifferences(pool: pg.Pool, query: URLSearchParams): Promise<DifferencesAnswer> {
  const day = parseQuery(DayQuery, query);
  const [mismatches, zReports, conflicts] = await Promise.all([
    pool.query<MismatchRow>(
      `SELECT m.till_id, t.name AS till_name, s.id AS shop_id, s.name AS shop_name, s.currency, m.device_id, m.document_uuid, m.at, m.total_differs,
         m.document_total, m.device_total, m.device_document_id, m.earlier_document_uuid
       FROM mismatches m JOIN tills t ON t.id = m.till_id JOIN shops s ON s.id = t.shop_id
       WHERE ${shopFilter} AND m.at >= ${dayStart} AND m.at < ${dayEnd}
       ORDER BY m.at, m.document_uuid`,
      [day.date, day.shop ?? null],
    ),
    zReportsOfDay(pool, day, true),
    pool.query<ConflictRow>(
      `SELECT c.id, c.till_id, t.name AS till_name, s.id AS shop_id, s.name AS shop_name, c.item_type, c.identity, c.at, count(*) OVER () AS total
       FROM push_conflicts c JOIN tills t ON t.id = c.till_id JOIN shops s ON s.id = t.shop_id
       WHERE $1::uuid IS NULL OR s.id = $1::uuid
       ORDER BY c.at DESC, c.id DESC LIMIT $2`,
      [day.shop ?? null, maxConflictsShown],
    ),
  ]);
  return DifferencesAnswer.parse({
    date: day.date,
    mismatches: mismatches.rows.map((row) => ({
      ...foundAt(row),
      at: iso(row.at),
      totalDiffers: row.total_differs,
      documentTotal: bigintOrNull(row.document_total),
      deviceTotal: bigintOrNull(row.device_total),
      deviceDocumentId: row.device_document_id,
      earlierDocumentUuid: row.earlier_document_uuid,
    })),
    zReports,
    conflicts: conflicts.rows.map((row) => ({
      id: Number(row.id),
      tillId: row.till_id,
      tillName: row.till_name,
      shopId: row.shop_id,
      shopName: row.shop_name,
      itemType: row.item_type,
      identity: row.identity,
      at: iso(row.at),
    })),
    conflictCount: Number(conflicts.rows[0]?.total ?? 0),
  });
}
