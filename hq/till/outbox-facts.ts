import type { OutboxItem } from '../../shared/office/till-api';
import { contentHash } from '../db/canonical-hash';

/**
 * How one outbox item is kept: an insert that does nothing when its identity is there already,
 * and the query that finds what is there under that identity. Documents and mismatches are
 * known by UUID across the chain (so another till's UUID is a conflict); Z reports, audit entries
 * and shift openings by the till's own local id.
 */
export interface Fact {
  identity: string;
  hash: Buffer;
  insert: { sql: string; params: unknown[] };
  existing: { sql: string; params: unknown[] };
}

const json = (value: unknown) => JSON.stringify(value);

export function factOf(item: OutboxItem, tillId: string, shopId: string): Fact {
  switch (item.type) {
    case 'document': {
      const d = item.document;
      const hash = contentHash(d);
      return {
        identity: d.uuid,
        hash,
        insert: {
          sql: `INSERT INTO documents (uuid, till_id, shop_id, device_id, kind, operation, state, document, total, created_at, settled_at, duplicate,
                  device_document_id, device_document_number, device_shift_document_number, device_short_id, device_total, error_code, error_text, content_hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) ON CONFLICT DO NOTHING`,
          params: [d.uuid, tillId, shopId, d.deviceId, d.kind, d.operation, d.state, json(d.document), d.total, d.createdAt, d.settledAt, d.duplicate,
            d.deviceDocumentId, d.deviceDocumentNumber, d.deviceShiftDocumentNumber, d.deviceShortId, d.deviceTotal, d.errorCode, d.errorText, hash],
        },
        existing: { sql: 'SELECT till_id, content_hash FROM documents WHERE uuid = $1', params: [d.uuid] },
      };
    }
    case 'mismatch': {
      const m = item.mismatch;
      const hash = contentHash(m);
      return {
        identity: m.documentUuid,
        hash,
        insert: {
          sql: `INSERT INTO mismatches (document_uuid, till_id, device_id, at, total_differs, document_total, device_total, device_document_id, earlier_document_uuid, content_hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
          params: [m.documentUuid, tillId, m.deviceId, m.at, m.totalDiffers, m.documentTotal, m.deviceTotal, m.deviceDocumentId, m.earlierDocumentUuid, hash],
        },
        existing: { sql: 'SELECT till_id, content_hash FROM mismatches WHERE document_uuid = $1', params: [m.documentUuid] },
      };
    }
    case 'zReport': {
      const z = item.zReport;
      const hash = contentHash(z);
      return {
        identity: String(z.localId),
        hash,
        insert: {
          sql: `INSERT INTO z_reports (till_id, local_id, device_id, document_uuid, report_number, closed_at, cashier_name, device_report, journal_report, comparison, differences, content_hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
          params: [tillId, z.localId, z.deviceId, z.documentUuid, z.reportNumber, z.closedAt, z.cashierName, json(z.deviceReport), json(z.journalReport), json(z.comparison), z.differences, hash],
        },
        existing: { sql: 'SELECT till_id, content_hash FROM z_reports WHERE till_id = $1 AND local_id = $2', params: [tillId, z.localId] },
      };
    }
    case 'audit': {
      const a = item.audit;
      const hash = contentHash(a);
      return {
        identity: String(a.localId),
        hash,
        insert: {
          sql: `INSERT INTO audit_entries (till_id, local_id, at, action, outcome, actor_name, approver_name, details, content_hash)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
          params: [tillId, a.localId, a.at, a.action, a.outcome, a.actorName, a.approverName, json(a.details), hash],
        },
        existing: { sql: 'SELECT till_id, content_hash FROM audit_entries WHERE till_id = $1 AND local_id = $2', params: [tillId, a.localId] },
      };
    }
    case 'shiftOpening': {
      const s = item.shiftOpening;
      const hash = contentHash(s);
      return {
        identity: String(s.localId),
        hash,
        insert: {
          sql: `INSERT INTO shift_openings (till_id, local_id, device_id, at, detail, content_hash) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          params: [tillId, s.localId, s.deviceId, s.at, json(s.detail), hash],
        },
        existing: { sql: 'SELECT till_id, content_hash FROM shift_openings WHERE till_id = $1 AND local_id = $2', params: [tillId, s.localId] },
      };
    }
  }
}
