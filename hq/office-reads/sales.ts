import type pg from 'pg';
import { z } from 'zod';
import { summarize, type SummarizedDocument } from '../../shared/dashboard/summarize';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { parentOf } from '../../shared/flows/journal-fact';
import { DayQuery, SalesAnswer } from '../../shared/office/office-api';
import { ShopClock } from '../../shared/shop-time';
import { dayEnd, dayStart, parseQuery, shopFilter } from './query';

interface DocumentRow {
  uuid: string;
  till_id: string;
  shop_id: string;
  device_id: string;
  document: unknown;
  created_at: Date;
  device_document_id: string | null;
}

interface ShopRow {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
}

interface TillRow {
  id: string;
  shop_id: string;
  name: string;
}

interface OfficeDocument extends SummarizedDocument {
  uuid: string;
  tillId: string;
  shopId: string;
  deviceId: string;
}

const columns = 'd.uuid, d.till_id, d.shop_id, d.device_id, d.document, d.created_at, d.device_document_id';

/**
 * Done documents journaled in the day of each shop's clock, in journal time. Rejected documents
 * are never here: the device did not fiscalise them.
 */
const dayDocuments = `SELECT ${columns} FROM documents d JOIN shops s ON s.id = d.shop_id
  WHERE d.state = 'done' AND ${shopFilter} AND d.created_at >= ${dayStart} AND d.created_at < ${dayEnd}
  ORDER BY d.created_at, d.uuid`;

/**
 * Rollbacks made after the day that cancel a document of it: a rollback cancels a document of its
 * own shift, so one counts until that device's next Z report, as on the till's dashboard.
 */
const laterRollbacks = `SELECT ${columns} FROM documents d JOIN shops s ON s.id = d.shop_id
  WHERE d.state = 'done' AND d.kind = 'rollBack' AND ${shopFilter} AND d.created_at >= ${dayEnd}
    AND d.created_at < coalesce((SELECT min(z.created_at) FROM documents z
      WHERE z.till_id = d.till_id AND z.device_id = d.device_id AND z.kind = 'closeShift' AND z.state = 'done' AND z.created_at >= ${dayEnd}), 'infinity')`;

/**
 * The day's takings across tills and shops, counted by the till dashboard's rules (shared
 * `summarize`): net of refunds, rolled-back sales out, advances and corrections apart, each hour
 * on its shop's clock. A device's document ids are its own, so they are named here with the till
 * and the device: two tills' devices may both have a receipt "17".
 */
export async function readSales(pool: pg.Pool, query: URLSearchParams): Promise<SalesAnswer> {
  const { date, shop } = parseQuery(DayQuery, query);
  const parameters = [date, shop ?? null];
  const [shops, tills, day, later] = await Promise.all([
    pool.query<ShopRow>('SELECT id, name, time_zone, currency FROM shops WHERE $1::uuid IS NULL OR id = $1::uuid ORDER BY name, id', [shop ?? null]),
    pool.query<TillRow>(
      `SELECT t.id, t.shop_id, t.name FROM tills t JOIN shops s ON s.id = t.shop_id
        WHERE ${shopFilter} AND (t.removed_at IS NULL OR EXISTS (SELECT 1 FROM documents d WHERE d.till_id = t.id AND d.created_at >= ${dayStart} AND d.created_at < ${dayEnd}))
        ORDER BY t.name, t.id`,
      parameters,
    ),
    pool.query<DocumentRow>(dayDocuments, parameters),
    pool.query<DocumentRow>(laterRollbacks, parameters),
  ]);

  const documents = readDocuments(day.rows);
  const cancelled = cancelledBy([...documents.read, ...readDocuments(later.rows).read]);

  const clocks = new Map(shops.rows.map((s) => [s.id, new ShopClock(s.time_zone)]));
  const figuresOf = (shopId: string, of: OfficeDocument[]) => summarize(of, cancelled, clocks.get(shopId)!);
  const groups = new Map<string, { currency: string; timeZone: string; shopIds: string[] }>();
  for (const s of shops.rows) {
    const key = `${s.currency} ${s.time_zone}`;
    const group = groups.get(key) ?? { currency: s.currency, timeZone: s.time_zone, shopIds: [] };
    group.shopIds.push(s.id);
    groups.set(key, group);
  }
  return SalesAnswer.parse({
    date,
    groups: [...groups.values()].map((group) => {
      const members = new Set(group.shopIds);
      return { ...group, figures: figuresOf(group.shopIds[0]!, documents.read.filter((d) => members.has(d.shopId))) };
    }),
    shops: shops.rows.map((s) => ({
      shopId: s.id,
      name: s.name,
      timeZone: s.time_zone,
      currency: s.currency,
      totals: figuresOf(s.id, documents.read.filter((d) => d.shopId === s.id)).totals,
      tills: tills.rows
        .filter((t) => t.shop_id === s.id)
        .map((t) => ({ tillId: t.id, name: t.name, totals: figuresOf(s.id, documents.read.filter((d) => d.tillId === t.id)).totals })),
    })),
    unreadable: documents.unreadable,
  });
}

/**
 * A pushed document as the journal keeps it: the document itself, or (`document` of the push is
 * any JSON) the journal's JSON text of it, read the same.
 */
const PushedFiscalDocument = z.union([
  FiscalDocument,
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(FiscalDocument),
]);

/** The rows that read as fiscal documents; the rest are counted, and in no figure. */
function readDocuments(rows: readonly DocumentRow[]): { read: OfficeDocument[]; unreadable: number } {
  const read: OfficeDocument[] = [];
  for (const row of rows) {
    const parsed = PushedFiscalDocument.safeParse(row.document);
    if (!parsed.success) continue;
    const documentId = row.device_document_id === null ? null : deviceName(row.till_id, row.device_id, row.device_document_id);
    read.push({ uuid: row.uuid, tillId: row.till_id, shopId: row.shop_id, deviceId: row.device_id, document: parsed.data, createdAt: row.created_at.toISOString(), documentId });
  }
  return { read, unreadable: rows.length - read.length };
}

/** A device's document id, named with its till and device so ids of two devices never meet. */
function deviceName(tillId: string, deviceId: string, documentId: string): string {
  return JSON.stringify([tillId, deviceId, documentId]);
}

/**
 * The (named) device ids of the documents that a rollback among `documents` cancelled, whichever
 * way it names them: by journal UUID (looked up among the documents) or by the device's id.
 */
function cancelledBy(documents: readonly OfficeDocument[]): Set<string> {
  const documentIdOf = new Map(documents.map((d) => [d.uuid, d.documentId]));
  const cancelled = new Set<string>();
  for (const rollback of documents) {
    const parent = rollback.document.kind === 'rollBack' ? parentOf(rollback.document) : undefined;
    if (!parent) continue;
    const documentId = 'uuid' in parent ? documentIdOf.get(parent.uuid) : deviceName(rollback.tillId, rollback.deviceId, parent.documentId);
    if (documentId) cancelled.add(documentId);
  }
  return cancelled;
}
