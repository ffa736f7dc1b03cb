import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../electron/db/open';
import { newSale, openJournal } from '../electron/journal/testing/journal-db';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0009_journal_mismatches', () => {
  it('keeps a mismatch with its settle, append-only, found by index, and only with a reason', () => {
    const { db, journal } = openJournal(tempDir());
    const first = journal.record(newSale(), true);
    journal.settle(first.id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId: 'D1', documentNumber: 1, total: 546 } });
    const second = journal.record(newSale(), true);
    // The device says done with another total and the first document's id.
    const settled = journal.settle(second.id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId: 'D1', documentNumber: 2, total: 5 } });
    expect(settled.state).toBe('done');
    expect(journal.mismatches.of(first.id)).toBeUndefined();
    expect(journal.mismatches.of(second.id)).toMatchObject({ totalDiffers: true, documentTotal: 546, deviceTotal: 5, deviceDocumentId: 'D1', earlierDocumentId: first.id });

    expect(() => db.prepare('UPDATE journal_mismatches SET device_total = 546').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal_mismatches').run()).toThrow(/append-only/);
    const insert = (differs: number, earlier: number | null) =>
      db.prepare("INSERT INTO journal_mismatches (document_id, device_id, at, total_differs, earlier_document_id) VALUES (?, 'training', 'now', ?, ?)").run(first.id, differs, earlier);
    expect(() => insert(0, null)).toThrow(/CHECK/);
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM journal_mismatches WHERE device_id = 'training' AND document_id IN (SELECT value FROM json_each('[1,2]'))").all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(/USING (COVERING )?(INDEX journal_mismatches_by_device|INTEGER PRIMARY KEY)/);
    closeDatabase(db);
  });
});
