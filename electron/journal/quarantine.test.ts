import { describe, expect, it } from 'vitest';
import type { QuarantinedDocument } from '../../shared/ipc/quarantine-channels';
import { join } from 'node:path';
import type { KassaApp } from '../app/create-app';
import { closeDatabase, databaseFileName } from '../db/open';
import { sale, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp, testManager } from '../testing/test-app';
import { UnreadableDocumentError } from './journal';
import { newSale, openJournal } from './testing/journal-db';
import { poison, poisonTotal, writePoison } from './testing/poison-row';

const tempDir = useTempDirs();

async function value<T>(app: KassaApp, channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  expect(result, JSON.stringify(result).slice(0, 400)).toMatchObject({ ok: true });
  return (result as { value: T }).value;
}

const aSale = () => sale({ tenders: tenders({ cash: 600 }) });

describe('a journal row that fails its read check (finding 1)', () => {
  it('does not stop the till: the app starts, quarantines the row, blocks only its queue, and sells again once the manager sets it aside', async () => {
    const dataDir = tempDir();
    const first = await startTestApp(dataDir);
    await value(first, 'shift.open', { openingFloat: 0 });
    await value(first, 'document.submit', { document: aSale() });
    await first.close();
    const uuid = writePoison(join(dataDir, databaseFileName), 'training');

    // Before: every start died in DeviceStation.start with a ZodError from Journal.nextUnsettled.
    const app = await startTestApp(dataDir);
    try {
      const listed = await value<QuarantinedDocument[]>(app, 'journal.quarantine', {});
      expect(listed).toEqual([expect.objectContaining({ uuid, deviceId: 'training', state: 'pending', blocking: true, resolution: null })]);
      expect(listed[0]!.problem).toMatch(/total/);
      // The raw content keeps SQLite's exact integer, not a rounded double.
      expect(listed[0]!.raw).toContain(`"total":"${poisonTotal}"`);
      expect(listed[0]!.raw).toContain('999999999999');

      // Read paths skip it; the journal and the dashboard answer.
      const day = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
      expect(await value<{ uuid: string }[]>(app, 'journal.list', day)).toHaveLength(1);
      expect(await value(app, 'journal.unsettled', {})).toEqual([]);
      await value(app, 'dashboard.summary', { scope: 'shift' });
      expect(await value(app, 'journal.status', {})).toMatchObject({ unsettled: 1 });

      // Its device's queue waits: a new document is refused, saying why.
      expect(await app.dispatch('document.submit', { document: aSale() })).toMatchObject({ ok: false, error: { code: 'journal_blocked', details: { quarantined: uuid } } });
      expect(app.context.journal.blockedBy('training')).toBe(uuid);

      // Set aside behind the manager's PIN, audited; then the till sells again.
      expect(await app.dispatch('journal.setAside', { uuid, pin: '0000' })).toMatchObject({ ok: false, error: { code: 'pin_wrong' } });
      expect(await value(app, 'journal.setAside', { uuid, pin: testManager.pin })).toEqual({ uuid, state: 'setAside' });
      expect(await app.dispatch('journal.setAside', { uuid, pin: testManager.pin })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await value(app, 'document.submit', { document: aSale() })).toMatchObject({ state: 'done' });
      expect(await value(app, 'journal.status', {})).toMatchObject({ unsettled: 0 });
      expect(await value(app, 'journal.quarantine', {})).toEqual([
        expect.objectContaining({ uuid, blocking: false, resolution: 'setAside', resolvedBy: testManager.name }),
      ]);
      const audit = await value<{ action: string; outcome: string; details: Record<string, unknown> }[]>(app, 'audit.list', day);
      const decision = audit.find((entry) => entry.details.channel === 'journal.setAside' && entry.outcome === 'done');
      expect(decision).toMatchObject({ action: 'settings', details: { uuid, state: 'setAside' } });
    } finally {
      await app.close();
    }
    // The decision holds across a restart, and the journal row itself is untouched.
    const again = await startTestApp(dataDir);
    try {
      expect(again.context.journal.blockedBy('training')).toBeUndefined();
      expect(again.context.db.prepare('SELECT state, CAST(total AS TEXT) AS total FROM journal_documents WHERE uuid = ?').get(uuid)).toEqual({ state: 'pending', total: String(poisonTotal) });
      expect(await value(again, 'document.submit', { document: aSale() })).toMatchObject({ state: 'done' });
    } finally {
      await again.close();
    }
  });

  it('blocks only the device it belongs to: the active device goes on selling', async () => {
    const dataDir = tempDir();
    const first = await startTestApp(dataDir);
    await first.close();
    const uuid = writePoison(join(dataDir, databaseFileName), 'elsewhere');
    const app = await startTestApp(dataDir);
    try {
      await value(app, 'shift.open', { openingFloat: 0 });
      expect(await value(app, 'document.submit', { document: aSale() })).toMatchObject({ state: 'done' });
      // The other device's list reads past it, and says what holds it back.
      expect(app.context.journal.unsettled('elsewhere')).toEqual([]);
      expect(app.context.journal.blockedBy('elsewhere')).toBe(uuid);
      expect(app.context.journal.blockedBy('training')).toBeUndefined();
      expect(await value(app, 'journal.quarantine', {})).toEqual([expect.objectContaining({ uuid, deviceId: 'elsewhere', blocking: true })]);
    } finally {
      await app.close();
    }
  });
});

describe('the journal writes only what it can read back', () => {
  it('refuses a document beyond the contract or a total beyond a safe integer, committing nothing', () => {
    const { db, journal } = openJournal(tempDir());
    const count = () => (db.prepare('SELECT count(*) AS n FROM journal_documents').get() as { n: number }).n;
    const good = newSale();
    expect(() => journal.record({ ...good, document: poison }, true)).toThrow(UnreadableDocumentError);
    expect(() => journal.record({ ...newSale(), total: 2 ** 60 }, true)).toThrow(/total/);
    expect(count()).toBe(0);
    expect(journal.record(good, true).uuid).toBe(good.uuid);
    expect(count()).toBe(1);
    closeDatabase(db);
  });
});
