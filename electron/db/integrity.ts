import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Db } from './open';

/** The 16 bytes every SQLite 3 database file starts with. */
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
const headerBytes = 100;
/** Where the header keeps `PRAGMA user_version` (big-endian), which migrations set from 1 up. */
const userVersionOffset = 60;

/** The file is there but is not a SQLite database, or SQLite found it damaged. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file} is damaged: ${detail}`);
    this.name = 'DatabaseDamagedError';
  }
}

/** Something other than a file (a folder, a device) has the database's name. */
export class DatabaseNotAFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a file`);
    this.name = 'DatabaseNotAFileError';
  }
}

/**
 * What is at the database's place before SQLite opens it: `missing`, `fresh` (no schema yet:
 * an empty file, or a database no migration has touched) or `database`. Read from the bytes,
 * so nothing is created or changed by looking. A non-empty `-wal` beside the file holds
 * committed transactions the main file may not show yet, so the file then counts as a database.
 */
export function databaseFileState(file: string): 'missing' | 'fresh' | 'database' {
  const stat = statOrUndefined(file);
  if (!stat) return 'missing';
  if (!stat.isFile()) throw new DatabaseNotAFileError(file);
  if ((statOrUndefined(`${file}-wal`)?.size ?? 0) > 0) return 'database';
  if (stat.size === 0) return 'fresh';
  const header = readHead(file, headerBytes);
  if (header.length < headerBytes || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw new DatabaseDamagedError(file, 'the file does not start with the SQLite header');
  }
  return header.readUInt32BE(userVersionOffset) === 0 ? 'fresh' : 'database';
}

/**
 * SQLite's own check of every page: `quick_check` at each start (linear in the file's size,
 * without the index cross-check), `integrity_check` in the doctor. Empty when all is well.
 */
export function integrityProblems(db: Db, check: 'quick_check' | 'integrity_check'): string[] {
  const rows = db.pragma(`${check}(20)`) as Record<string, string>[];
  const lines = rows.map((row) => String(Object.values(row)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function readHead(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}
