import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../electron/db/open';
import { newSale, openJournal } from '../electron/journal/testing/journal-db';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0002_journal', () => {
  it('lets only the state machine’s moves through, whatever code writes the row', () => {
    const { db, journal } = openJournal(tempDir());
    const entry = journal.record(newSale(), false);
    const setState = (state: string) => db.prepare('UPDATE journal_documents SET state = ? WHERE id = ?').run(state, entry.id);
    expect(() => setState('done')).toThrow(/illegal journal state change/);
    expect(() => setState('unknown')).toThrow(/illegal journal state change/);
    setState('sending');
    setState('done');
    expect(() => setState('sending')).toThrow(/settled journal document does not change/);
    expect(() => db.prepare('UPDATE journal_documents SET request = ? WHERE id = ?').run('{}', entry.id)).toThrow(/does not change/);
    closeDatabase(db);
  });

  it('never deletes a document and keeps transitions append-only', () => {
    const { db, journal } = openJournal(tempDir());
    const entry = journal.record(newSale(), true);
    expect(() => db.prepare('DELETE FROM journal_documents').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE journal_transitions SET reason = ?').run('edited')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal_transitions').run()).toThrow(/append-only/);
    expect(journal.transitions(entry.id).map((t) => [t.from, t.to])).toEqual([
      [null, 'pending'],
      ['pending', 'sending'],
    ]);
    closeDatabase(db);
  });

  it('refuses a document for a device it does not know, a second use of a UUID, and bad JSON', () => {
    const { db, journal } = openJournal(tempDir());
    const doc = newSale();
    expect(() => journal.record({ ...doc, deviceId: 'nobody' }, false)).toThrow(/FOREIGN KEY/);
    journal.record(doc, false);
    expect(() => journal.record(doc, false)).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare("INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, state, created_at, updated_at) VALUES ('u', 'training', 'sale', 'sale', '{}', 'nope', 'pending', 'x', 'x')")
        .run(),
    ).toThrow(/CHECK/);
    closeDatabase(db);
  });

  it('answers "unsettled documents of a device in order" and "documents of a day" from their indexes', () => {
    const { db } = openJournal(tempDir());
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT id FROM journal_documents WHERE device_id = 'training' AND state IN ('pending', 'sending', 'unknown') ORDER BY id")).toContain(
      'journal_documents_unsettled',
    );
    expect(plan("SELECT id FROM journal_documents WHERE device_id = 'training' AND created_at >= '2026-11-23' AND created_at < '2026-11-24'")).toContain(
      'journal_documents_by_time',
    );
    closeDatabase(db);
  });
});
