import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../electron/db/open';
import { newSale, openJournal } from '../electron/journal/testing/journal-db';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0008_journal_quarantine', () => {
  it('records a journal document once, keeps the record, and takes a decision once, for a document that exists', () => {
    const { db, journal } = openJournal(tempDir());
    const entry = journal.record(newSale(), false);
    const hold = (documentId: number) =>
      db.prepare("INSERT INTO journal_quarantine (document_id, device_id, found_at, problem) VALUES (?, 'training', '2026-01-01T00:00:00.000Z', 'total: too big')").run(documentId);
    hold(entry.id);
    expect(() => hold(entry.id)).toThrow(/UNIQUE/);
    expect(() => hold(entry.id + 100)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE journal_quarantine SET resolution = 'setAside' WHERE document_id = ?").run(entry.id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE journal_quarantine SET resolution = 'sent', resolved_at = 'x' WHERE document_id = ?").run(entry.id)).toThrow(/CHECK/);
    db.prepare("UPDATE journal_quarantine SET resolution = 'setAside', resolved_at = '2026-01-02T00:00:00.000Z', resolved_by = 'Leyla' WHERE document_id = ?").run(entry.id);
    expect(() => db.prepare('UPDATE journal_quarantine SET resolved_by = ? WHERE document_id = ?').run('someone else', entry.id)).toThrow(/does not change/);
    expect(() => db.prepare('DELETE FROM journal_quarantine').run()).toThrow(/never deleted/);
    // The journal's own row stays as it was; set aside, it leaves the queue.
    expect(journal.get(entry.id)?.state).toBe('pending');
    expect(journal.unsettledCount('training')).toBe(0);
    expect(journal.nextUnsettled('training')).toBeUndefined();
    closeDatabase(db);
  });
});
