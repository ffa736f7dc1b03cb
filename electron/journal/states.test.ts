import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { IllegalTransitionError, type Journal } from './journal';
import { isLegalTransition, journalStates, type JournalState } from './states';
import { newSale, openJournal } from './testing/journal-db';

const tempDir = useTempDirs();

const done = { kind: 'done', duplicate: false, raw: '{}', value: { documentId: 'D'.repeat(44), documentNumber: 1 } } as const;
const rejected = { kind: 'rejected', raw: '{}', refusal: { system: 'caspos', code: '607', deviceText: 'invalid total sum', cashier: null } } as const;
const unknown = { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'no answer' } as const;

/** Brings a fresh document to `state` through legal moves only. */
function reach(journal: Journal, state: JournalState): number {
  const { id } = journal.record(newSale(), false);
  if (state === 'pending') return id;
  journal.markSending(id, 'send');
  if (state === 'sending') return id;
  journal.settle(id, state === 'done' ? done : state === 'rejected' ? rejected : unknown);
  return id;
}

function move(journal: Journal, id: number, to: JournalState): void {
  switch (to) {
    case 'pending':
      throw new IllegalTransitionError('nothing moves back to pending');
    case 'sending':
      journal.markSending(id, 'test');
      return;
    case 'done':
      journal.settle(id, done);
      return;
    case 'rejected':
      journal.settle(id, rejected);
      return;
    case 'unknown':
      journal.settle(id, unknown);
      return;
  }
}

describe('the journal’s state machine', () => {
  const pairs = journalStates.flatMap((from) => journalStates.map((to) => [from, to] as const));

  it('has exactly these moves', () => {
    expect(pairs.filter(([from, to]) => isLegalTransition(from, to))).toEqual([
      ['pending', 'sending'],
      ['sending', 'done'],
      ['sending', 'rejected'],
      ['sending', 'unknown'],
      ['unknown', 'sending'],
    ]);
  });

  it.each(pairs)('%s -> %s is possible exactly when it is legal, on a real journal', (from, to) => {
    const { db, journal } = openJournal(tempDir());
    const id = reach(journal, from);
    const attempt = () => move(journal, id, to);
    if (isLegalTransition(from, to)) {
      attempt();
      expect(journal.get(id)?.state).toBe(to);
      expect(journal.transitions(id).at(-1)).toMatchObject({ from, to });
    } else {
      expect(attempt).toThrow(IllegalTransitionError);
      expect(journal.get(id)?.state).toBe(from);
    }
    closeDatabase(db);
  });

  it('counts attempts and keeps the device’s answer', () => {
    const { db, journal } = openJournal(tempDir());
    const id = reach(journal, 'unknown');
    journal.markSending(id, 're-send');
    const settled = journal.settle(id, { ...done, duplicate: true, value: { documentId: 'E'.repeat(44), documentNumber: 7045, shortDocumentId: 'EEEEEEEEEEEE', total: 546 } });
    expect(settled).toMatchObject({ state: 'done', attempts: 2, duplicate: true, result: { documentNumber: 7045, total: 546 } });
    expect(journal.transitions(id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
    closeDatabase(db);
  });
});
