import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, openDatabase, type Db } from '../db/open';
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

/** What a backup file says the shop's receipt note is: tells copies of different moments apart. */
function noteIn(dataDir: string, name: string): unknown {
  const copy = new Database(join(backupsDirOf(dataDir), name), { readonly: true, fileMustExist: true });
  try {
    return copy.prepare("SELECT value FROM settings WHERE key = 'receiptNote'").pluck().get();
  } finally {
    copy.close();
  }
}

function writeNote(db: Db, note: string): void {
  db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('receiptNote', ?, '') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(note));
}

describe('daily backups', () => {
  it('makes a backup at each start, a whole SQLite database, and keeps the newest N days of them', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream } = capturedLines();
    const logger = createLogger(stream);
    for (let day = 1; day <= 5; day++) {
      // Two starts on each day: each keeps its own file, the second with what was written since.
      for (let start = 0; start < 2; start++) {
        writeNote(db, `day ${day}, start ${start}`);
        const backups = startDailyBackups({ db, dataDir, keep: () => 3, logger, now: () => new Date(2026, 10, day, 9 + start) });
        await backups.settled();
        await backups.stop();
      }
    }
    expect(listBackups(dataDir).map(({ day, time }) => `${day} ${time}`)).toEqual([
      '2026-11-05 10:00',
      '2026-11-05 09:00',
      '2026-11-04 10:00',
      '2026-11-04 09:00',
      '2026-11-03 10:00',
      '2026-11-03 09:00',
    ]);
    const copy = new Database(join(backupsDirOf(dataDir), 'kassa-2026-11-04-1000.sqlite3'), { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    copy.close();
    expect(noteIn(dataDir, 'kassa-2026-11-04-1000.sqlite3')).toBe('"day 4, start 1"');
    expect(noteIn(dataDir, 'kassa-2026-11-04-0900.sqlite3')).toBe('"day 4, start 0"');
    // Opening them left nothing beside them.
    expect(readdirSync(backupsDirOf(dataDir)).filter((name) => !name.endsWith('.sqlite3'))).toEqual([]);
    closeDatabase(db);
  });

  it('refreshes its backup hourly only when the database changed, in place of its own earlier one', async () => {
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
    writeNote(db, 'after');
    await eventually(() => made() === 2);
    await backups.stop();
    // The run's own copy of the day is the one refreshed: one file, with the change.
    expect(listBackups(dataDir)).toHaveLength(1);
    expect(noteIn(dataDir, listBackups(dataDir)[0]!.name)).toBe('"after"');
    closeDatabase(db);
  });

  it('a new start never replaces an earlier start’s backup, even of the same minute', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream } = capturedLines();
    const at = new Date(2026, 10, 22, 9, 30);
    for (const note of ['the shop’s day', 'an empty new start']) {
      writeNote(db, note);
      const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => at });
      await backups.settled();
      await backups.stop();
    }
    expect(listBackups(dataDir).map(({ name }) => name)).toEqual(['kassa-2026-11-22-0930-2.sqlite3', 'kassa-2026-11-22-0930.sqlite3']);
    expect(noteIn(dataDir, 'kassa-2026-11-22-0930.sqlite3')).toBe('"the shop’s day"');
    expect(noteIn(dataDir, 'kassa-2026-11-22-0930-2.sqlite3')).toBe('"an empty new start"');
    closeDatabase(db);
  });

  it('a run opened from the recovery screen removes no backup; the next normal start prunes', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream } = capturedLines();
    for (let day = 1; day <= 4; day++) {
      // Day 3: a restore (or a new start) from the recovery screen, with one day of backups to keep.
      const backups = startDailyBackups({ db, dataDir, keep: () => (day < 3 ? 14 : 1), logger: createLogger(stream), now: () => new Date(2026, 10, day, 9), keepEveryBackup: day === 3 });
      await backups.settled();
      await backups.stop();
      if (day === 3) expect(listBackups(dataDir)).toHaveLength(3);
    }
    expect(listBackups(dataDir).map(({ name }) => name)).toEqual(['kassa-2026-11-04-0900.sqlite3']);
    closeDatabase(db);
  });

  it('quitting abandons a copy under way and deletes its partial file', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    // About 2,000 pages: twenty steps of the copy, so it is under way when the app quits.
    writeNote(db, 'x'.repeat(8_000_000));
    const { stream, lines } = capturedLines();
    const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => new Date() });
    // The start's run is begun (it begins on the next microtask); the quit comes while it copies.
    await Promise.resolve();
    await backups.stop();
    expect(lines.some((line) => line.includes('"msg":"backup abandoned: the app is quitting"'))).toBe(true);
    expect(readdirSync(backupsDirOf(dataDir))).toEqual([]);
    closeDatabase(db);
  });

  it('removes a partial copy left by an app that died mid-copy', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    mkdirSync(backupsDirOf(dataDir));
    writeFileSync(join(backupsDirOf(dataDir), 'kassa-2026-11-01-0900.sqlite3.partial'), 'half a copy');
    const { stream } = capturedLines();
    const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => new Date(2026, 10, 2, 9) });
    await backups.settled();
    await backups.stop();
    expect(readdirSync(backupsDirOf(dataDir))).toEqual(['kassa-2026-11-02-0900.sqlite3']);
    closeDatabase(db);
  });

  it('skips the backup with a warning when the disk lacks room for it and the journal', async () => {
    const dataDir = tempDir();
    const db = shopDatabase(dataDir);
    const { stream, lines } = capturedLines();
    // More spare room asked than any disk has: the real free space of the temp folder is short.
    const backups = startDailyBackups({ db, dataDir, keep: () => 14, logger: createLogger(stream), now: () => new Date(), spareBytes: 2 ** 60 });
    await backups.settled();
    await backups.stop();
    const skipped = lines.find((line) => line.includes('"msg":"backup skipped: too little free disk space"'));
    expect(skipped).toMatch(/"level":40/);
    expect(readdirSync(backupsDirOf(dataDir))).toEqual([]);
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
