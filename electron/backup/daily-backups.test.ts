import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, openDatabase } from '../db/open';
import { capturedLines } from '../testing/captured-lines';
import { useTempDirs } from '../testing/temp-dir';
import { backupsDirOf, listBackups } from './backups';
import { startDailyBackups } from './daily-backups';

const tempDir = useTempDirs();

/** Lets the backup timer (20 ms here) fire a few times: a count of turns, not a deadline. */
const timerTurns = (count: number) => new Promise((resolve) => setTimeout(resolve, 25 * count));

/** Polls until `holds`, for at most `count` turns, and says so if it never did. */
async function eventually(holds: () => boolean, count = 2_000): Promise<void> {
  for (let turn = 0; turn < count && !holds(); turn++) await timerTurns(1);
  expect(holds()).toBe(true);
}

function shopDatabase(dataDir: string) {
  const db = openDatabase(join(dataDir, 'kassa.sqlite3'));
  migrate(db, migrations);
  return db;
}

describe('daily backups', () => {
  it('makes one backup a day, a whole SQLite database, and keeps the newest N', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream } = capturedLines();
    const logger = createLogger(stream);
    const write = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('receiptNote', ?, '') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (let day = 1; day <= 5; day++) {
      // Two starts on each day: the second refreshes the day's backup with what was written since.
      for (let start = 0; start < 2; start++) {
        write.run(JSON.stringify(`day ${day}, start ${start}`));
        const backups = startDailyBackups({ db, dataDir, keep: () => 3, logger, now: () => new Date(2026, 10, day, 9 + start) });
        await backups.stop();
      }
    }
    expect(listBackups(dataDir).map(({ day }) => day)).toEqual(['2026-11-05', '2026-11-04', '2026-11-03']);
    const copy = new Database(join(backupsDirOf(dataDir), 'kassa-2026-11-04.sqlite3'), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'receiptNote'").pluck().get()).toBe('"day 4, start 1"');
    copy.close();
    closeDatabase(db);
  });

  it('refreshes the day’s backup hourly only when the database changed', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream, lines } = capturedLines();
    const made = () => lines.filter((line) => line.includes('"msg":"backup made"')).length;
    const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => new Date(), checkEveryMs: 20 });
    await backups.settled();
    expect(made()).toBe(1);
    // Runs come and go on the timer; none copies an unchanged database.
    const file = join(backupsDirOf(dataDir), listBackups(dataDir)[0]!.name);
    const copiedAt = statSync(file).mtimeMs;
    await timerTurns(5);
    expect(made()).toBe(1);
    expect(statSync(file).mtimeMs).toBe(copiedAt);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('receiptNote', ?, '')").run('"after"');
    await eventually(() => made() === 2);
    await backups.stop();
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'receiptNote'").pluck().get()).toBe('"after"');
    copy.close();
    closeDatabase(db);
  });

  it('a backup that cannot be written is logged and the app goes on', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    writeFileSync(backupsDirOf(dataDir), 'a file where the backups folder belongs');
    const { stream, lines } = capturedLines();
    const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => new Date() });
    await backups.settled();
    expect(lines.some((line) => line.includes('"msg":"backup failed"'))).toBe(true);
    // The database still takes writes.
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('receiptNote', ?, '')").run('"ok"');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'receiptNote'").pluck().get()).toBe('"ok"');
    await backups.stop();
    closeDatabase(db);
  });
});
