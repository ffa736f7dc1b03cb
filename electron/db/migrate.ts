import type { Db } from './open';
import type { Migration } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Kassa (schema ${found}; this version knows up to ${known}). ` +
        'Install the newer version again; the data is untouched.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every pending migration in order inside one transaction, so a failure leaves the
 * database exactly as it was. `user_version` is transactional in SQLite, so it moves with them.
 */
export function migrate(db: Db, list: readonly Migration[]): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = list.length === 0 ? 0 : list[list.length - 1]!.version;
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const pending = list.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: schemaVersion(db) };
}
