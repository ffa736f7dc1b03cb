import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalProgress } from '../../shared/ipc/events';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { cashier, sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor } from '../devices/caspos/testing/harness';
import { useLoggedApps } from '../testing/logged-app';
import { useTempDirs } from '../testing/temp-dir';
import type { Journal } from './journal';

const tempDir = useTempDirs();
const startApp = useLoggedApps();
let device: CasposSimulator;
const escaped: unknown[] = [];
const onRejection = (reason: unknown) => escaped.push(reason);

beforeEach(async () => {
  device = await startCasposSimulator();
  await clientFor(device.url).openShift(cashier, 0);
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  process.off('unhandledRejection', onRejection);
  await device.close();
});

/**
 * Makes one journal method fail as SQLite does on a full disk or a read-only file, with the real
 * error class and code, until `mend()`: the rest of the journal works on the real database file.
 */
function breakWrites<M extends 'settle' | 'record'>(journal: Journal, method: M, code: string) {
  const original = journal[method].bind(journal) as Journal[M];
  let broken = true;
  journal[method] = ((...args: Parameters<Journal[M]>) => {
    if (broken) throw new Database.SqliteError(code === 'SQLITE_FULL' ? 'database or disk is full' : 'attempt to write a readonly database', code);
    return (original as (...a: Parameters<Journal[M]>) => ReturnType<Journal[M]>)(...args);
  }) as Journal[M];
  return { mend: () => (broken = false) };
}

function logLines(dataDir: string): { msg: string; problem?: string; module?: string }[] {
  return readFileSync(join(dataDir, 'logs', 'web.log'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; problem?: string });
}

describe('a journal that cannot be written while sending', () => {
  it('Disk-full mid-sale: the app keeps running, says so, and after space returns the sale settles exactly once', async () => {
    const dataDir = tempDir();
    const { app, close } = await startApp(dataDir, { deviceUrl: device.url, backoffMs: [20, 40, 80] });
    const { journal, bus } = app.context;
    const progress: JournalProgress[] = [];
    bus.subscribe((message) => message.event === 'journal.progress' && progress.push(message.payload));
    // The device fiscalises the sale; writing its answer into the journal hits the full disk.
    const disk = breakWrites(journal, 'settle', 'SQLITE_FULL');

    const submitted = await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) });
    expect(submitted).toMatchObject({ ok: true, value: { state: 'sending' } });
    const uuid = (submitted as { value: { uuid: string } }).value.uuid;
    await vi.waitFor(() => expect(progress.filter((p) => p.storage === 'disk_full').length).toBeGreaterThanOrEqual(3));
    expect(device.memory.all().filter((d) => d.uuid === uuid)).toHaveLength(1);
    // Still running and answering, the document kept open for the re-send.
    expect(await app.dispatch('journal.status', {})).toMatchObject({ ok: true, value: { unsettled: 1 } });
    expect(journal.byUuid(uuid)).toMatchObject({ state: 'sending', result: null });

    disk.mend();
    const id = journal.byUuid(uuid)!.id;
    const settled = await app.context.sender!.settled(id);
    expect(settled).toMatchObject({ state: 'done', duplicate: true });
    expect(device.memory.all().filter((d) => d.uuid === uuid)).toHaveLength(1);
    expect(device.received.filter((raw) => raw.includes(uuid)).length).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() => expect(progress.at(-1)).toMatchObject({ unsettled: 0 }));
    expect(progress.at(-1)?.storage).toBeUndefined();
    expect(escaped).toEqual([]);

    await close();
    const failures = logLines(dataDir).filter((line) => line.msg.startsWith('the journal failed while sending'));
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(failures.every((line) => line.problem === 'disk_full')).toBe(true);
  });

  it('says "cannot be written" for a read-only database, not "disk full"', async () => {
    const { app } = await startApp(tempDir(), { deviceUrl: device.url, backoffMs: [20, 40, 80] });
    const progress: JournalProgress[] = [];
    app.context.bus.subscribe((message) => message.event === 'journal.progress' && progress.push(message.payload));
    const file = breakWrites(app.context.journal, 'settle', 'SQLITE_READONLY_DBMOVED');
    const submitted = await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) });
    await vi.waitFor(() => expect(progress.some((p) => p.storage === 'not_writable')).toBe(true));
    expect(progress.some((p) => p.storage === 'disk_full')).toBe(false);
    file.mend();
    const uuid = (submitted as { value: { uuid: string } }).value.uuid;
    expect(await app.context.sender!.settled(app.context.journal.byUuid(uuid)!.id)).toMatchObject({ state: 'done' });
    expect(escaped).toEqual([]);
  });

  it('answers a sale it cannot journal with a typed storage_failed, not internal, and nothing reaches the device', async () => {
    const { app } = await startApp(tempDir(), { deviceUrl: device.url, backoffMs: [20, 40, 80] });
    const disk = breakWrites(app.context.journal, 'record', 'SQLITE_FULL');
    const before = device.memory.all().length;
    expect(await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) })).toMatchObject({
      ok: false,
      error: { code: 'storage_failed', details: { problem: 'disk_full' } },
    });
    expect(device.memory.all()).toHaveLength(before);
    disk.mend();
    expect(await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) })).toMatchObject({ ok: true, value: { state: 'done' } });
  });
});
