import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
  await (await start(dataDir)).close();
  started.splice(0);
  expect(listBackups(dataDir)).toHaveLength(2);
  // Written by an earlier run: older than this process.
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  writeFileSync(join(dataDir, 'logs', 'web.log'), '{"level":30,"msg":"database ready"}\n');
  utimesSync(join(dataDir, 'logs', 'web.log'), new Date('2026-01-01'), new Date('2026-01-01'));
  return { dataDir, uuid: (sold as { value: { uuid: string } }).value.uuid };
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

  it('a new folder with only this run’s own log is no history', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'logs'));
    writeFileSync(join(dataDir, 'logs', 'web.log'), '{"level":30}\n');
    const kassa = await start(dataDir);
    expect(kassa.problem()).toBeNull();
    expect(existsSync(backupsDirOf(dataDir))).toBe(true);
  });
});
