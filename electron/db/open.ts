import Database from 'better-sqlite3';
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

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
