import { OutboxItem } from '../../shared/office/till-api';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import { withoutSecrets } from '../diagnostics/without-secrets';
import type { OutboxType } from './office-link';

/**
 * Builds what the office hears of each outbox row from the till's own tables. Only the columns
 * named here leave the till: never the device request (it may carry the device's login), never a
 * PIN hash; people are named, never identified by their PIN. Each item is parsed by the contract
 * before it goes, so a row the office would refuse stops here with a clear error. The JSON parts
 * pass through `withoutSecrets` too: a net under fields a later change might add.
 */
export class OutboxItems {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  build(seq: number, type: OutboxType, ref: number): OutboxItem {
    return OutboxItem.parse(this.raw(seq, type, ref));
  }

  private raw(seq: number, type: OutboxType, ref: number): unknown {
    switch (type) {
      case 'document':
        return { seq, type, document: this.document(ref) };
      case 'zReport':
        return { seq, type, zReport: this.zReport(ref) };
      case 'mismatch':
        return { seq, type, mismatch: this.mismatch(ref) };
      case 'audit':
        return { seq, type, audit: this.audit(ref) };
      case 'shiftOpening':
        return { seq, type, shiftOpening: this.shiftOpening(ref) };
    }
  }

  private one<R>(query: string, ref: number): R {
    const row = this.sql<[number], R>(query).get(ref);
    if (!row) throw new Error(`outbox: no row ${ref} for ${query.slice(0, 60)}`);
    return row;
  }

  private document(id: number): unknown {
    const row = this.one<Record<string, unknown> & { document: string; duplicate: number }>(
      `SELECT uuid, device_id AS deviceId, kind, operation, state, document, total, created_at AS createdAt, updated_at AS settledAt, duplicate,
              device_document_id AS deviceDocumentId, device_document_number AS deviceDocumentNumber,
              device_shift_document_number AS deviceShiftDocumentNumber, device_short_id AS deviceShortId, device_total AS deviceTotal,
              error_code AS errorCode, error_text AS errorText
         FROM journal_documents WHERE id = ?`,
      id,
    );
    return { ...row, document: json(row.document), duplicate: row.duplicate === 1 };
  }

  private zReport(id: number): unknown {
    const row = this.one<Record<string, unknown> & { deviceReport: string; journalReport: string; comparison: string }>(
      `SELECT z.id AS localId, z.device_id AS deviceId, d.uuid AS documentUuid, z.report_number AS reportNumber, z.closed_at AS closedAt,
              z.cashier_name AS cashierName, z.device_report AS deviceReport, z.journal_report AS journalReport, z.comparison, z.differences
         FROM z_reports z JOIN journal_documents d ON d.id = z.journal_document_id WHERE z.id = ?`,
      id,
    );
    return { ...row, deviceReport: json(row.deviceReport), journalReport: json(row.journalReport), comparison: json(row.comparison) };
  }

  private mismatch(documentId: number): unknown {
    const row = this.one<Record<string, unknown> & { totalDiffers: number }>(
      `SELECT d.uuid AS documentUuid, m.device_id AS deviceId, m.at, m.total_differs AS totalDiffers, m.document_total AS documentTotal,
              m.device_total AS deviceTotal, m.device_document_id AS deviceDocumentId, e.uuid AS earlierDocumentUuid
         FROM journal_mismatches m JOIN journal_documents d ON d.id = m.document_id
         LEFT JOIN journal_documents e ON e.id = m.earlier_document_id WHERE m.document_id = ?`,
      documentId,
    );
    return { ...row, totalDiffers: row.totalDiffers === 1 };
  }

  private audit(id: number): unknown {
    const row = this.one<Record<string, unknown> & { details: string }>(
      `SELECT a.id AS localId, a.at, a.action, a.outcome, actor.name AS actorName, approver.name AS approverName, a.details
         FROM audit_log a LEFT JOIN people actor ON actor.id = a.actor_id LEFT JOIN people approver ON approver.id = a.approver_id
        WHERE a.id = ?`,
      id,
    );
    return { ...row, details: json(row.details) };
  }

  private shiftOpening(id: number): unknown {
    const row = this.one<Record<string, unknown> & { detail: string }>('SELECT id AS localId, device_id AS deviceId, at, detail FROM journal_events WHERE id = ?', id);
    return { ...row, detail: json(row.detail) };
  }
}

function json(text: string): unknown {
  return withoutSecrets(JSON.parse(text));
}
