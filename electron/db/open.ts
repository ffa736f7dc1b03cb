import Database from 'better-sqlite3';

export type Db = Database.Database;

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

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
