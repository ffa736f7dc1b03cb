import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type KassaApp } from '../app/create-app';
import { silentLogger } from '../app/logger';
import { backupsDirOf } from '../backup/backups';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { cashier, sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor } from '../devices/caspos/testing/harness';
import { useTempDirs } from '../testing/temp-dir';
import { DatabaseDamagedError } from './integrity';
import { databaseFileName } from './open';
import { damageDeepInside } from './testing/damage-deep-inside';

const tempDir = useTempDirs();
let device: CasposSimulator;
const apps: KassaApp[] = [];

// The device with its shift open, and whatever app a test started closed before it.
beforeEach(async () => {
  device = await startCasposSimulator();
  await clientFor(device.url).openShift(cashier, 0);
});
afterEach(async () => {
  for (const running of apps.splice(0)) await running.close();
  await device.close();
});

/** Every size is "large" here, so the check always runs on its worker. */
async function start(dataDir: string): Promise<KassaApp> {
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, deviceUrl: device.url, backoffMs: [20, 40, 80], backgroundCheckFromBytes: 0 });
  apps.push(app);
  return app;
}

const sent = () => device.received.filter((raw) => raw.includes('documentUUID')).length;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A migrated journal, damaged where only the quick check looks. */
async function journalDamagedDeepInside(dataDir: string): Promise<string> {
  await (await start(dataDir)).close();
  apps.pop();
  const file = join(dataDir, databaseFileName);
  damageDeepInside(file, 1_000_000);
  return file;
}

describe('the quick check in the background', () => {
  it('a sound journal: the app is there before the verdict, and sells once it comes', async () => {
    const dataDir = tempDir();
    await (await start(dataDir)).close();
    apps.pop();
    const app = await start(dataDir);
    await app.journalVerified;
    const entry = await app.context.documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 10_000);
    expect(entry.state).toBe('done');
    expect(sent()).toBe(1);
  }, 60_000);

  it('a journal damaged deep inside: it starts, but nothing goes to the device, no backup is made and the file is not written', async () => {
    const dataDir = tempDir();
    const file = await journalDamagedDeepInside(dataDir);
    const backupsBefore = existsSync(backupsDirOf(dataDir)) ? readdirSync(backupsDirOf(dataDir)).length : 0;
    const before = sha(file);
    const app = await start(dataDir);
    await expect(app.journalVerified).rejects.toBeInstanceOf(DatabaseDamagedError);
    // The sale is journaled (into the WAL) and waits: the sender never sends into a damaged journal.
    const entry = await app.context.documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 500);
    expect(entry.state).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent()).toBe(0);
    expect(existsSync(backupsDirOf(dataDir)) ? readdirSync(backupsDirOf(dataDir)).length : 0).toBe(backupsBefore);
    // No checkpoint moved this run's writes into the damaged file.
    expect(sha(file)).toBe(before);
  }, 60_000);
});
