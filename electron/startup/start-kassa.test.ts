import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../app/logger';
import { backupsDirOf, listBackups } from '../backup/backups';
import { line, sale, tenders } from '../devices/caspos/testing/documents';
import { databaseFileName } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { signInTestManager, testManager } from '../testing/test-app';
import type { Kassa } from './recovery';
import { startKassa } from './start-kassa';

const tempDir = useTempDirs();
const started: Kassa[] = [];
afterEach(async () => {
  for (const kassa of started.splice(0)) await kassa.close();
});

async function start(dataDir: string, now?: () => Date): Promise<Kassa> {
  const kassa = await startKassa({ host: 'web', dataDir, logger: silentLogger, now });
  started.push(kassa);
  return kassa;
}

const dayMs = 86_400_000;

/**
 * A shop's folder after yesterday's sale and today's start: the database, the key, the training
 * device, logs, and two daily backups (yesterday's without the sale, today's with it).
 */
async function shopWithHistory(): Promise<{ dataDir: string; uuid: string }> {
  const dataDir = tempDir();
  const kassa = await start(dataDir, () => new Date(Date.now() - dayMs));
  const app = await kassa.running;
  await signInTestManager(app);
  expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
  const sold = await app.dispatch('document.submit', { document: sale({ lines: [line()], tenders: tenders({ cash: 120 }) }) });
  expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
  await kassa.close();
  const today = await start(dataDir);
  // Quitting abandons a backup under way: today's start is left to finish its own first.
  await backupsCount(dataDir, 2);
  await today.close();
  started.splice(0);
  // Written by an earlier run: older than this process.
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  writeFileSync(join(dataDir, 'logs', 'web.log'), '{"level":30,"msg":"database ready"}\n');
  utimesSync(join(dataDir, 'logs', 'web.log'), new Date('2026-01-01'), new Date('2026-01-01'));
  return { dataDir, uuid: (sold as { value: { uuid: string } }).value.uuid };
}

/** Waits (a bounded count of looks) until the folder holds `count` backups. */
async function backupsCount(dataDir: string, count: number): Promise<void> {
  for (let look = 0; look < 400 && listBackups(dataDir).length < count; look++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(listBackups(dataDir)).toHaveLength(count);
}

/** Each backup file's bytes, by name: a backup replaced or removed shows as a difference. */
function backupContents(dataDir: string): Map<string, Buffer> {
  return new Map(listBackups(dataDir).map(({ name }) => [name, readFileSync(join(backupsDirOf(dataDir), name))]));
}

function removeDatabase(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, databaseFileName + suffix), { force: true });
}

describe('start-up with the database lost', () => {
  it('a new folder starts the setup wizard as before', async () => {
    const kassa = await start(tempDir());
    expect(kassa.problem()).toBeNull();
    expect(await kassa.dispatch('startup.status', {})).toEqual({ ok: true, value: { problem: null } });
    expect(await kassa.dispatch('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: true } });
  });

  it.each(['missing', 'empty'] as const)('a %s database beside the shop’s history opens the recovery screen, creating nothing', async (state) => {
    const { dataDir } = await shopWithHistory();
    removeDatabase(dataDir);
    if (state === 'empty') writeFileSync(join(dataDir, databaseFileName), '');
    const kassa = await start(dataDir);
    const status = await kassa.dispatch('startup.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { problem: { kind: 'historyWithoutDatabase', dataDir, signs: ['secretKey', 'logs', 'trainingDevice', 'backups'], canSwitchFolder: false } },
    });
    expect((status as { value: { problem: { backups: unknown[] } } }).value.problem.backups).toEqual(listBackups(dataDir));
    // No setup wizard, no sales: the other channels wait for a choice.
    expect(await kassa.dispatch('setup.status', {})).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(await kassa.dispatch('setup.createManager', testManager)).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(await kassa.dispatch('startup.useFolder', { dataDir: '/elsewhere' })).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(existsSync(join(dataDir, databaseFileName))).toBe(state === 'empty');
  });

  it('restoring a backup from the recovery screen brings the journal’s documents back', async () => {
    const { dataDir, uuid } = await shopWithHistory();
    removeDatabase(dataDir);
    const kassa = await start(dataDir);
    const [newest] = listBackups(dataDir);
    expect(await kassa.dispatch('startup.restore', { backup: 'kassa-1999-01-01.sqlite3' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await kassa.dispatch('startup.restore', { backup: '../kassa.sqlite3' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await kassa.dispatch('startup.restore', { backup: newest!.name })).toEqual({ ok: true, value: {} });
    const app = await kassa.running;
    expect(kassa.problem()).toBeNull();
    expect(await kassa.dispatch('startup.status', {})).toEqual({ ok: true, value: { problem: null } });
    expect(app.context.journal.byUuid(uuid)).toMatchObject({ state: 'done' });
    expect(await kassa.dispatch('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
    expect(await kassa.dispatch('startup.restore', { backup: newest!.name })).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
  });

  it('starts new only after the confirmation word, keeping the empty file aside', async () => {
    const { dataDir } = await shopWithHistory();
    removeDatabase(dataDir);
    writeFileSync(join(dataDir, databaseFileName), '');
    const kassa = await start(dataDir);
    expect(await kassa.dispatch('startup.startNew', { confirmation: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(kassa.problem()).not.toBeNull();
    expect(await kassa.dispatch('startup.startNew', { confirmation: ' yeni ' })).toEqual({ ok: true, value: {} });
    await kassa.running;
    expect(await kassa.dispatch('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: true } });
    expect(readdirSync(dataDir).some((name) => name.startsWith(`${databaseFileName}.before-new-`))).toBe(true);
  });

  it('starting new keeps every backup as it was: the new database’s backup is a file of its own', async () => {
    const { dataDir } = await shopWithHistory();
    const before = backupContents(dataDir);
    removeDatabase(dataDir);
    const kassa = await start(dataDir);
    expect(await kassa.dispatch('startup.startNew', { confirmation: 'NEW' })).toEqual({ ok: true, value: {} });
    await kassa.running;
    await backupsCount(dataDir, 3);
    await kassa.close();
    const after = backupContents(dataDir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('restoring yesterday’s backup keeps today’s newer one, with the sale in it', async () => {
    const { dataDir, uuid } = await shopWithHistory();
    const before = backupContents(dataDir);
    const [today, yesterday] = listBackups(dataDir);
    removeDatabase(dataDir);
    const kassa = await start(dataDir);
    expect(await kassa.dispatch('startup.restore', { backup: yesterday!.name })).toEqual({ ok: true, value: {} });
    const app = await kassa.running;
    expect(app.context.journal.byUuid(uuid)).toBeUndefined();
    await backupsCount(dataDir, 3);
    await kassa.close();
    const after = backupContents(dataDir);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
    expect(after.has(today!.name)).toBe(true);
  });

  it('a new folder with only this run’s own log is no history', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'logs'));
    writeFileSync(join(dataDir, 'logs', 'web.log'), '{"level":30}\n');
    const kassa = await start(dataDir);
    expect(kassa.problem()).toBeNull();
    expect(existsSync(backupsDirOf(dataDir))).toBe(true);
  });
});
