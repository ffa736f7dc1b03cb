import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseDamagedError, databaseFileState, integrityProblems } from '../db/integrity';
import { databaseFileName, type Db } from '../db/open';

/** `kassa-2026-11-22.sqlite3`: one per day, named by the day of the computer's clock. */
export const backupNamePattern = /^kassa-(\d{4}-\d{2}-\d{2})\.sqlite3$/;

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

export interface BackupFile {
  name: string;
  /** `YYYY-MM-DD`. */
  day: string;
  bytes: number;
}

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDirOf(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const day = backupNamePattern.exec(name)?.[1];
      return day ? [{ name, day, bytes: statSync(join(dir, name)).size }] : [];
    })
    .sort((a, b) => b.day.localeCompare(a.day));
}

/** The day of the computer's clock, which is the shop's: a backup is "today's" as the cashier sees it. */
export function localDay(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

export function backupNameOf(at: Date): string {
  return `kassa-${localDay(at)}.sqlite3`;
}

/**
 * The day's backup through SQLite's backup API, replacing an earlier one of the same day: it
 * copies a few pages per turn of the event loop, so sales go on meanwhile, and a write in between
 * is carried into the copy. Written under a temporary name and renamed, so a backup file is
 * always a whole one, even if the app dies halfway.
 */
export async function takeBackup(db: Db, dataDir: string, at: Date): Promise<string> {
  const dir = backupsDirOf(dataDir);
  const name = backupNameOf(at);
  const file = join(dir, name);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  renameSync(partial, file);
  return name;
}

/**
 * Keeps the newest `keep` backups and removes older ones. Counted in backups, not in calendar
 * days, so a shop closed for a month comes back to its last backups, not to none.
 */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed = listBackups(dataDir).slice(keep);
  for (const { name } of removed) rmSync(join(backupsDirOf(dataDir), name), { force: true });
  return removed.map(({ name }) => name);
}

/**
 * Puts a backup in the database's place, with the app's database closed. The backup is checked
 * first; whatever was in its place (an empty file, its -wal and -shm) is kept beside it, renamed,
 * never deleted: a restore must not lose anything either.
 */
export function restoreBackup(dataDir: string, name: string, at: Date): void {
  if (!backupNamePattern.test(name)) throw new Error(`${name} is not a backup's name`);
  const source = join(backupsDirOf(dataDir), name);
  checkBackup(source);
  const target = setDatabaseAside(dataDir, 'before-restore', at);
  const partial = `${target}.restoring`;
  copyFileSync(source, partial);
  renameSync(partial, target);
}

/** Renames the database (with its -wal and -shm) out of the way, kept beside it; returns its path. */
export function setDatabaseAside(dataDir: string, reason: 'before-restore' | 'before-new', at: Date): string {
  const target = join(dataDir, databaseFileName);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(target + suffix)) renameSync(target + suffix, `${target}.${reason}-${stamp}${suffix}`);
  }
  return target;
}

function checkBackup(file: string): void {
  if (databaseFileState(file) !== 'database') throw new DatabaseDamagedError(file, 'the backup holds no journal');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(db, 'quick_check');
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems.slice(0, 3).join('; '));
  } finally {
    db.close();
  }
}
