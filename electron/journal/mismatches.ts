import type { DocumentResult } from '../../shared/fiscal/device-results';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

/** A done answer that does not fit its document (see migrations/0009_journal_mismatches.sql). */
export interface JournalMismatch {
  documentId: number;
  deviceId: string;
  at: string;
  totalDiffers: boolean;
  documentTotal: number | null;
  deviceTotal: number | null;
  deviceDocumentId: string | null;
  /** Our earlier document that the device gave the same device document id. */
  earlierDocumentId: number | null;
}

interface Row {
  documentId: number;
  deviceId: string;
  at: string;
  totalDiffers: number;
  documentTotal: number | null;
  deviceTotal: number | null;
  deviceDocumentId: string | null;
  earlierDocumentId: number | null;
}

const columns = `document_id AS documentId, device_id AS deviceId, at, total_differs AS totalDiffers, document_total AS documentTotal,
  device_total AS deviceTotal, device_document_id AS deviceDocumentId, earlier_document_id AS earlierDocumentId`;

/**
 * The plausibility of a device's answer: a device that says "done" with another total, or with a
 * document id it already gave another of our documents, did fiscalise something, but not surely
 * what we sent. The journal settles such a document as done and keeps the mismatch here.
 */
export class JournalMismatches {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  /** What does not fit in the answer for journal document `id`; undefined when all does. Call before the settle writes the answer. */
  check(id: number, result: DocumentResult, at: string): JournalMismatch | undefined {
    const own = this.sql<[number], { deviceId: string; total: number | null }>('SELECT device_id AS deviceId, total FROM journal_documents WHERE id = ?').get(id);
    if (!own) return undefined;
    const totalDiffers = own.total !== null && (result.totalUnreadable === true || (result.total !== undefined && result.total !== own.total));
    const earlier = this.sql<[string, string, number], { id: number }>(
      'SELECT id FROM journal_documents WHERE device_id = ? AND device_document_id = ? AND id <> ? ORDER BY id LIMIT 1',
    ).get(own.deviceId, result.documentId, id);
    if (!totalDiffers && !earlier) return undefined;
    return {
      documentId: id,
      deviceId: own.deviceId,
      at,
      totalDiffers,
      documentTotal: own.total,
      deviceTotal: result.total ?? null,
      deviceDocumentId: result.documentId,
      earlierDocumentId: earlier?.id ?? null,
    };
  }

  record(m: JournalMismatch): void {
    this.sql(
      `INSERT INTO journal_mismatches (document_id, device_id, at, total_differs, document_total, device_total, device_document_id, earlier_document_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(m.documentId, m.deviceId, m.at, m.totalDiffers ? 1 : 0, m.documentTotal, m.deviceTotal, m.deviceDocumentId, m.earlierDocumentId);
  }

  of(documentId: number): JournalMismatch | undefined {
    const row = this.sql<[number], Row>(`SELECT ${columns} FROM journal_mismatches WHERE document_id = ?`).get(documentId);
    return row ? fromRow(row) : undefined;
  }

  /** The mismatches among these journal documents, in journal order. */
  among(deviceId: string, documentIds: readonly number[]): JournalMismatch[] {
    if (documentIds.length === 0) return [];
    return this.sql<[string, string], Row>(`SELECT ${columns} FROM journal_mismatches WHERE device_id = ? AND document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id`)
      .all(deviceId, JSON.stringify(documentIds))
      .map(fromRow);
  }
}

function fromRow(row: Row): JournalMismatch {
  return { ...row, totalDiffers: row.totalDiffers === 1 };
}
