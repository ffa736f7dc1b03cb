import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeDatabase, type Db } from '../electron/db/open';
import { buildDocumentRequest } from '../electron/devices/caspos/testing/wire';
import { cashier } from '../electron/devices/caspos/testing/documents';
import type { Journal } from '../electron/journal/journal';
import { newSale, openJournal } from '../electron/journal/testing/journal-db';
import { useTempDirs } from '../electron/testing/temp-dir';
import { noParents } from '../electron/devices/testing/parents';

const tempDir = useTempDirs();

function journalZ(journal: Journal, state: 'done' | 'rejected' | 'pending'): number {
  const uuid = randomUUID();
  const document = { kind: 'closeShift' as const, cashierName: cashier };
  const entry = journal.record({ uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, noParents), total: null }, state !== 'pending');
  if (state === 'done') journal.settle(entry.id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId: 'Z1', documentNumber: 1 } });
  if (state === 'rejected') journal.settle(entry.id, { kind: 'rejected', raw: '{}', refusal: { system: 'caspos', code: '503', deviceText: 'no shift', cashier: null } });
  return entry.id;
}

function insertZ(db: Db, journalDocumentId: number, deviceId = 'training') {
  return db
    .prepare(
      `INSERT INTO z_reports (device_id, journal_document_id, report_number, closed_at, cashier_name, device_report, journal_report, comparison, differences, stored_at)
       VALUES (?, ?, '1', '2026-11-23T18:00:00.000Z', 'Aysel', '{}', '{}', '[]', 0, 'now')`,
    )
    .run(deviceId, journalDocumentId);
}

function plan(db: Db, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('0006_reports', () => {
  it('stores a Z report only for a done closeShift of the same device, once, and never changes or deletes it', () => {
    const { db, journal } = openJournal(tempDir());
    const done = journalZ(journal, 'done');
    insertZ(db, done);
    expect(() => insertZ(db, done)).toThrow(/UNIQUE/);
    expect(() => insertZ(db, journalZ(journal, 'rejected'))).toThrow(/done closeShift/);
    expect(() => insertZ(db, journalZ(journal, 'pending'))).toThrow(/done closeShift/);
    expect(() => insertZ(db, journal.record(newSale(), false).id)).toThrow(/done closeShift/);
    db.prepare("INSERT INTO devices (id, kind, name, url, training, created_at) VALUES ('other', 'caspos', 'Other', 'http://127.0.0.1:5544/', 0, 'now')").run();
    expect(() => insertZ(db, journalZ(journal, 'done'), 'other')).toThrow(/done closeShift/);
    expect(() => db.prepare("UPDATE z_reports SET differences = 3").run()).toThrow(/does not change/);
    expect(() => db.prepare('DELETE FROM z_reports').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE z_reports SET device_report = 'not json'").run()).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM z_reports').get()).toEqual({ n: 1 });
    closeDatabase(db);
  });

  it('reads the documents the device did in a date range through the partial index', () => {
    const { db } = openJournal(tempDir());
    expect(plan(db, "SELECT id FROM journal_documents WHERE device_id = ? AND state = 'done' AND updated_at >= ? AND updated_at <= ?", 'training', 'a', 'b')).toContain(
      'journal_documents_done_by_time',
    );
    closeDatabase(db);
  });
});
