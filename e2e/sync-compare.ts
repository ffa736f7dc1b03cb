import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import { closeDatabase, openDatabase } from '../electron/db/open';

export interface SyncComparison {
  /** Settled documents in the three journals together. */
  journalDocuments: number;
  officeDocuments: number;
  pushConflicts: number;
  /** The office's products of the shop (not removed). */
  officeProducts: number;
  problems: string[];
}

/** A settled document's figures as both sides hold them, normalised to compare (bigint as number, times as instants). */
interface Figures {
  tillId: string;
  deviceId: string;
  kind: string;
  operation: string;
  state: string;
  document: unknown;
  total: number | null;
  createdAt: number;
  settledAt: number;
  duplicate: boolean;
  deviceDocumentId: string | null;
  deviceDocumentNumber: number | null;
  deviceShiftDocumentNumber: number | null;
  deviceShortId: string | null;
  deviceTotal: number | null;
  errorCode: string | null;
  errorText: string | null;
}

interface ProductFigures {
  name: string;
  code: string;
  barcodes: string[];
  price: number;
  vatRate: string;
  unit: string;
  codeType: string;
  markingRequired: boolean;
  favourite: boolean;
  position: number | null;
}

const orNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A document row of either side under the office's column names: SQLite's 0/1, JSON text and ISO text, PostgreSQL's booleans, jsonb and Dates. */
type DocumentRow = Record<string, unknown> & { uuid: string };

const flag = (value: unknown) => value === true || value === 1;
const textOrNull = (value: unknown): string | null => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : null);

function documentFigures(row: DocumentRow): Figures {
  return {
    tillId: String(row.till_id),
    deviceId: String(row.device_id),
    kind: String(row.kind),
    operation: String(row.operation),
    state: String(row.state),
    document: typeof row.document === 'string' ? (JSON.parse(row.document) as unknown) : row.document,
    total: orNull(row.total),
    createdAt: new Date(row.created_at as string | Date).getTime(),
    settledAt: new Date(row.settled_at as string | Date).getTime(),
    duplicate: flag(row.duplicate),
    deviceDocumentId: textOrNull(row.device_document_id),
    deviceDocumentNumber: orNull(row.device_document_number),
    deviceShiftDocumentNumber: orNull(row.device_shift_document_number),
    deviceShortId: textOrNull(row.device_short_id),
    deviceTotal: orNull(row.device_total),
    errorCode: textOrNull(row.error_code),
    errorText: textOrNull(row.error_text),
  };
}

/** A product row of either side under the office's column names: SQLite's 0/1 and JSON text, PostgreSQL's booleans and arrays. */
type ProductRow = Record<string, unknown> & { id: string };

function productFigures(row: ProductRow): ProductFigures {
  return {
    name: String(row.name),
    code: String(row.code),
    barcodes: typeof row.barcodes === 'string' ? (JSON.parse(row.barcodes) as string[]) : (row.barcodes as string[]),
    price: Number(row.price),
    vatRate: String(row.vat_rate),
    unit: String(row.unit),
    codeType: String(row.code_type),
    markingRequired: flag(row.marking_required),
    favourite: flag(row.favourite),
    position: orNull(row.position),
  };
}

/**
 * The office's PostgreSQL against the tills' journals (each host stopped): exactly the union of
 * their settled documents by UUID, each under its own till, every figure equal, no push conflict;
 * and each till's office products exactly the office's catalogue of the shop.
 */
export async function compareOfficeWithTills(pool: Pool, shopId: string, tills: { name: string; dataDir: string }[]): Promise<SyncComparison> {
  const problems: string[] = [];
  const journals = new Map<string, Figures>();
  const catalogues = new Map<string, Map<string, ProductFigures>>();
  for (const till of tills) {
    const db = openDatabase(join(till.dataDir, 'kassa.sqlite3'));
    try {
      const link = db.prepare('SELECT till_id AS tillId FROM office_link').get() as { tillId: string } | undefined;
      if (!link) {
        problems.push(`${till.name} is not joined to the office any more`);
        continue;
      }
      const rows = db
        .prepare(
          `SELECT uuid, ? AS till_id, device_id, kind, operation, state, document, total, created_at, updated_at AS settled_at, duplicate,
                  device_document_id, device_document_number, device_shift_document_number, device_short_id, device_total, error_code, error_text
             FROM journal_documents WHERE state IN ('done', 'rejected')`,
        )
        .all(link.tillId) as DocumentRow[];
      for (const row of rows) {
        if (journals.has(row.uuid)) problems.push(`document ${row.uuid} is in two journals`);
        journals.set(row.uuid, documentFigures(row));
      }
      const products = db
        .prepare(
          `SELECT p.office_id AS id, p.name, p.code, p.price, p.vat_rate, p.unit, p.code_type, p.marking_required, p.favourite, p.position,
                  (SELECT json_group_array(barcode) FROM (SELECT barcode FROM product_barcodes b WHERE b.product_id = p.id ORDER BY ordinal)) AS barcodes
             FROM products p WHERE p.office_id IS NOT NULL`,
        )
        .all() as ProductRow[];
      catalogues.set(till.name, new Map(products.map((row) => [row.id, productFigures(row)])));
    } finally {
      closeDatabase(db);
    }
  }

  const office = await pool.query<DocumentRow>(
    `SELECT uuid::text, till_id::text, device_id, kind, operation, state, document, total, created_at, settled_at, duplicate, device_document_id,
            device_document_number, device_shift_document_number, device_short_id, device_total, error_code, error_text
       FROM documents`,
  );
  const seen = new Set<string>();
  for (const row of office.rows) {
    if (seen.has(row.uuid)) problems.push(`document ${row.uuid} is in the office twice`);
    seen.add(row.uuid);
    const journaled = journals.get(row.uuid);
    if (!journaled) {
      problems.push(`the office holds document ${row.uuid}, which no journal has settled`);
      continue;
    }
    const held = documentFigures(row);
    for (const key of Object.keys(held) as (keyof Figures)[]) {
      if (!isDeepStrictEqual(held[key], journaled[key])) {
        problems.push(`document ${row.uuid}: ${key} is ${JSON.stringify(held[key])} in the office, ${JSON.stringify(journaled[key])} in the journal`);
      }
    }
  }
  for (const uuid of journals.keys()) if (!seen.has(uuid)) problems.push(`document ${uuid} is settled in a journal but missing from the office`);

  const conflicts = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM push_conflicts');
  const pushConflicts = conflicts.rows[0]?.n ?? 0;
  if (pushConflicts > 0) problems.push(`${pushConflicts} push conflicts in the office`);

  const catalogue = await pool.query<ProductRow>(
    `SELECT id::text, name, code, barcodes, price, vat_rate, unit, code_type, marking_required, favourite, position
       FROM products WHERE shop_id = $1 AND NOT removed`,
    [shopId],
  );
  const officeProducts = new Map(catalogue.rows.map((row) => [row.id, productFigures(row)]));
  for (const [name, products] of catalogues) {
    for (const [officeId, product] of officeProducts) {
      const onTill = products.get(officeId);
      if (!onTill) problems.push(`${name} lacks the office's product ${officeId} (${product.name})`);
      else if (!isDeepStrictEqual(onTill, product)) problems.push(`${name} holds product ${officeId} as ${JSON.stringify(onTill)}, the office as ${JSON.stringify(product)}`);
    }
    for (const officeId of products.keys()) if (!officeProducts.has(officeId)) problems.push(`${name} still holds product ${officeId}, which the office removed or never had`);
  }
  return { journalDocuments: journals.size, officeDocuments: office.rows.length, pushConflicts, officeProducts: officeProducts.size, problems };
}
