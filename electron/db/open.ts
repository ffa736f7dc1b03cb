import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { quickCheckInBackground } from './background-check';
import { DatabaseDamagedError, databaseFileState, integrityProblems } from './integrity';

export type Db = Database.Database;

/** The journal, catalogue, settings and people, in the data folder. */
export const databaseFileName = 'kassa.sqlite3';

/**
 * The one writer connection of the main process. FULL sync because a fiscal document that was
 * reported as journaled must survive a power cut, not only a process crash.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${file} (got ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The app's start: the header is read before SQLite may touch the file, and SQLite's quick
 * check runs before the first write, so a damaged journal is refused instead of written into.
 */
export function openCheckedDatabase(file: string): Db {
  databaseFileState(file);
  const db = openDatabase(file);
  try {
    const problems = integrityProblems(db, 'quick_check');
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems.slice(0, 3).join('; '));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * From this size up the start does not wait for the quick check: it runs on another thread
 * while the sale screen paints (at 2 GB, a year of a busy shop, it takes about 4.5 s; at 64 MB
 * about 0.15 s, which the start can simply wait for).
 */
export const backgroundCheckFromBytes = 64 * 1024 * 1024;

/** The app's database and the quick check's verdict on it. */
export interface StartDatabase {
  db: Db;
  /**
   * Resolves once SQLite found every page sound; rejects with DatabaseDamagedError if not.
   * Until then nothing fiscal goes to a device (the sender waits on it), no backup is taken and
   * no checkpoint moves this run's writes from the WAL into the main file, so a damaged file is
   * not written into: what was written meanwhile stays in the WAL beside it.
   */
  verified: Promise<void>;
}

/** The app's start: like openCheckedDatabase, but a large file is checked in the background. */
export function openStartDatabase(file: string, fromBytes = backgroundCheckFromBytes): StartDatabase {
  if (databaseFileState(file) !== 'database' || statSync(file).size < fromBytes) return { db: openCheckedDatabase(file), verified: Promise.resolve() };
  const db = openDatabase(file);
  db.pragma('wal_autocheckpoint = 0');
  const verified = quickCheckInBackground(file).then(() => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  // Whoever waits on it handles a damaged verdict; this only keeps it from counting as unhandled.
  verified.catch(() => undefined);
  return { db, verified };
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
