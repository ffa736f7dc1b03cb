import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { newSale, openJournal } from './testing/journal-db';

const tempDir = useTempDirs();
const done = { kind: 'done', duplicate: false, raw: '{}', value: { documentId: 'D', documentNumber: 1 } } as const;

describe('open documents read through their partial index', () => {
  it('counts, lists and interrupts exactly the open documents among many done ones, per device', () => {
    const { db, journal } = openJournal(tempDir());
    try {
      db.prepare("INSERT INTO devices (id, kind, name, url, training, created_at) VALUES ('other', 'caspos', 'Other', 'http://127.0.0.1:1', 0, '2026-01-01')").run();
      db.transaction(() => {
        for (let i = 0; i < 300; i++) journal.settle(journal.record(newSale(), true).id, { ...done, value: { documentId: `D${i}`, documentNumber: i + 1 } });
      })();
      const pending = journal.record(newSale(), false);
      const unknown = journal.record(newSale(), true);
      journal.settle(unknown.id, { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'test' });
      const resent = journal.record(newSale(), true);
      journal.settle(resent.id, { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'test' });
      journal.markSending(resent.id, 're-send');
      const sending = journal.record(newSale(), true);
      const other = journal.record({ ...newSale(), deviceId: 'other' }, true);

      expect(journal.unsettledCount('training')).toBe(4);
      expect(journal.unsettledCount()).toBe(5);
      // A document sent again after an unknown answer still has an unknown fate.
      expect(journal.unknownCount('training')).toBe(2);
      expect(journal.nextUnsettled('training')?.id).toBe(pending.id);
      expect(journal.unsettled('training').map((e) => e.id)).toEqual([pending.id, unknown.id, resent.id, sending.id]);
      expect(journal.unsettled().map((e) => e.id)).toEqual([pending.id, unknown.id, resent.id, sending.id, other.id]);
      expect(journal.markInterrupted()).toBe(3);
      expect([resent, sending, other].map((e) => journal.get(e.id)?.state)).toEqual(['unknown', 'unknown', 'unknown']);
      expect(journal.get(pending.id)?.state).toBe('pending');
    } finally {
      closeDatabase(db);
    }
  });
});
