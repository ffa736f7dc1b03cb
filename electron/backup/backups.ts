import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseDamagedError, databaseFileState, integrityProblems } from '../db/integrity';
import { databaseFileName, type Db } from '../db/open';

/**
 * `kassa-2026-11-22-0930.sqlite3`, named by the day and time of the computer's clock, and `-2`, `-3`
 * after it when a file of that minute is already there: a new backup never takes an older one's
 * place, since the older one may hold documents the new one lacks (after a new start, say). The
 * day-only `kassa-2026-11-22.sqlite3` of earlier versions is still listed and restored.
 */
export const backupNamePattern = /^kassa-(\d{4}-\d{2}-\d{2})(?:-(\d{4})(?:-(\d{1,3}))?)?\.sqlite3$/;

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

export interface BackupFile {
  name: string;
  /** `YYYY-MM-DD`. */
  day: string;
  /** `HH:mm`, which tells a day's several backups apart; absent in an earlier version's day-only name. */
  time?: string;
  bytes: number;
}

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDirOf(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const match = backupNamePattern.exec(name);
      const bytes = match ? sizeOf(join(dir, name)) : undefined;
      // A file pruned or moved away while the folder is read is simply not listed.
      if (!match || bytes === undefined) return [];
      const [, day, time] = match;
      return [{ backup: { name, day: day!, ...(time ? { time: `${time.slice(0, 2)}:${time.slice(2)}` } : {}), bytes }, order: orderOf(match) }];
    })
    .sort((a, b) => b.order.localeCompare(a.order))
    .map(({ backup }) => backup);
}

/** Sorts as text: the day, the time (none for the day-only name: the day's oldest), the sequence. */
function orderOf([, day, time, sequence]: RegExpExecArray): string {
  return `${day} ${time ?? '0000'} ${(sequence ?? '1').padStart(3, '0')}`;
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** The day of the computer's clock, which is the shop's: a backup is "today's" as the cashier sees it. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

export function backupNameOf(at: Date, sequence = 1): string {
  return `kassa-${localDay(at)}-${two(at.getHours())}${two(at.getMinutes())}${sequence > 1 ? `-${sequence}` : ''}.sqlite3`;
}

/** The day a backup's name says, or undefined for a name that is not a backup's. */
export function dayOfBackup(name: string): string | undefined {
  return backupNamePattern.exec(name)?.[1];
}

/** Room a backup needs beyond the database's size: the journal's own writes must still fit after it. */
export const defaultSpareBytes = 64 * 1024 * 1024;

/** Free space is short: the backup was not started, so the journal keeps the disk it needs. */
export class BackupSkippedError extends Error {
  constructor(
    readonly freeBytes: number,
    readonly neededBytes: number,
  ) {
    super(`a backup needs ${neededBytes} bytes free, the disk has ${freeBytes}`);
    this.name = 'BackupSkippedError';
  }
}

/** better-sqlite3's own default: a short step, so sales go on between steps. */
const pagesPerStep = 100;

export interface TakeBackupOptions {
  /** This run's own earlier file of the day, from the same database: the new copy may take its name. */
  replaces?: string;
  /** Free bytes to leave beyond the copy itself (default 64 MiB). */
  spareBytes?: number;
  /** Called between steps of the copy; throwing abandons the copy (the app is quitting). */
  onStep?: () => void;
}

/**
 * A backup through SQLite's backup API: it copies a few pages per turn of the event loop, so sales
 * go on meanwhile, and a write in between is carried into the copy. Written under a temporary
 * name and then linked to its own name, never over another file, so a backup file is always a
 * whole one and never replaces another. A copy that fails or is abandoned is deleted at once: a
 * dead partial must not eat the disk the journal writes to.
 */
export async function takeBackup(db: Db, dataDir: string, at: Date, options: TakeBackupOptions = {}): Promise<string> {
  const dir = backupsDirOf(dataDir);
  mkdirSync(dir, { recursive: true });
  await ensureRoom(db, dir, options.spareBytes ?? defaultSpareBytes);
  const partial = join(dir, `${backupNameOf(at)}.partial`);
  removeLeftPartials(dir);
  try {
    await db.backup(partial, {
      progress: () => {
        options.onStep?.();
        return pagesPerStep;
      },
    });
    leaveNoWalBeside(partial);
    return placeBackup(dir, partial, at, options.replaces);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
  }
}

/** A partial copy left by an app that died mid-copy is no backup and only takes disk; copies run one at a time. */
function removeLeftPartials(dir: string): void {
  for (const name of readdirSync(dir)) if (/^kassa-.*\.partial(-wal|-shm|-journal)?$/.test(name)) rmSync(join(dir, name), { force: true });
}

/** Needs the database's size × 1.2 plus `spareBytes` free in the backups' folder. */
async function ensureRoom(db: Db, dir: string, spareBytes: number): Promise<void> {
  const databaseBytes = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
  const neededBytes = Math.ceil(databaseBytes * 1.2) + spareBytes;
  const disk = await statfs(dir);
  const freeBytes = disk.bavail * disk.bsize;
  if (freeBytes < neededBytes) throw new BackupSkippedError(freeBytes, neededBytes);
}

/**
 * The copy of a WAL database is marked WAL too, so every later open (the restore's check, the
 * doctor, a person with sqlite3) would leave -wal and -shm files beside it in backups/. Set to
 * the rollback journal it opens read-only without them.
 */
function leaveNoWalBeside(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Links the whole copy to the minute's name, or the next free sequence; only this run's own file is replaced. */
function placeBackup(dir: string, partial: string, at: Date, replaces: string | undefined): string {
  for (let sequence = 1; sequence <= 999; sequence++) {
    const name = backupNameOf(at, sequence);
    if (name === replaces) {
      renameSync(partial, join(dir, name));
      return name;
    }
    if (placeWithoutReplacing(partial, join(dir, name))) return name;
  }
  throw new Error(`no free backup name for ${backupNameOf(at)}`);
}

/**
 * A hard link fails on an existing name, so no other file is ever replaced. A disk without hard
 * links (FAT, exFAT on a USB stick) gets a look then a rename: the same, but for a file appearing
 * in between, which only this app writes.
 */
function placeWithoutReplacing(partial: string, target: string): boolean {
  try {
    linkSync(partial, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  if (existsSync(target)) return false;
  renameSync(partial, target);
  return true;
}

/** Removes a backup with any -wal, -shm or -journal an open of it left beside it. */
export function removeBackup(dataDir: string, name: string): void {
  const file = join(backupsDirOf(dataDir), name);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Keeps every backup of the newest `keepDays` days that have any, and removes the older days'.
 * Counted in days with a backup, not in calendar days, so a shop closed for a month comes back
 * to its last backups, not to none. A day's several files (one per start of the app) all stay:
 * an earlier one may hold documents a later one lacks.
 */
export function pruneBackups(dataDir: string, keepDays: number): string[] {
  const backups = listBackups(dataDir);
  const keptDays = new Set([...new Set(backups.map(({ day }) => day))].slice(0, Math.max(1, keepDays)));
  const removed = backups.filter(({ day }) => !keptDays.has(day)).map(({ name }) => name);
  for (const name of removed) removeBackup(dataDir, name);
  return removed;
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
  const walBefore = existsSync(`${file}-wal`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(db, 'quick_check');
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems.slice(0, 3).join('; '));
  } finally {
    db.close();
    // A WAL-marked backup of an earlier version gets an empty -wal and -shm from the open: not kept.
    if (!walBefore && sizeOf(`${file}-wal`) === 0) for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}
