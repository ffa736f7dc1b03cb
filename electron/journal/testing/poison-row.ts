import { randomUUID } from 'node:crypto';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import { closeDatabase, openDatabase } from '../../db/open';
import { buildDocumentRequest } from '../../devices/caspos/testing/wire';
import { cashier, line, tenders } from '../../devices/caspos/testing/documents';
import { noParents } from '../../devices/testing/parents';

/** Finding 1's sale: one line of 999999999999 × 999999999, a total (~1e18) beyond 2^53 that SQLite's INTEGER holds. */
export const poison = { kind: 'sale', cashierName: cashier, lines: [line({ quantity: 999_999_999_999, price: 999_999_999 })], tenders: tenders({ cash: 999_999_999_999_999 }) } as FiscalDocument;
export const poisonTotal = 999_999_998_999_000_001n;

/** Writes the poison row as the old version did: straight into the database file, past every check of today's code. */
export function writePoison(databaseFile: string, deviceId: string): string {
  const db = openDatabase(databaseFile);
  const uuid = randomUUID();
  const request = buildDocumentRequest(poison, uuid, noParents);
  const at = new Date().toISOString();
  if (deviceId !== 'training') {
    db.prepare("INSERT OR IGNORE INTO devices (id, kind, name, url, training, created_at) VALUES (?, 'caspos', 'Köhnə kassa', 'http://127.0.0.1:9', 0, ?)").run(deviceId, at);
  }
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, total, state, attempts, created_at, updated_at)
       VALUES (?, ?, 'sale', ?, ?, ?, ?, 'pending', 0, ?, ?)`,
    )
    .run(uuid, deviceId, request.operation, request.body, JSON.stringify(poison), poisonTotal, at, at);
  db.prepare("INSERT INTO journal_transitions (document_id, from_state, to_state, at, reason) VALUES (?, NULL, 'pending', ?, 'journaled')").run(lastInsertRowid, at);
  closeDatabase(db);
  return uuid;
}
