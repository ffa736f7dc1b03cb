import type { StorageProblem } from '../../shared/storage';

/** SQLite result codes (extended ones start with these) and Node errno codes that mean "cannot write". */
const notWritable = ['SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_PERM', 'EROFS', 'EIO'];

/**
 * What a failed write means for the shop: a full disk (SQLite's SQLITE_FULL, the OS's ENOSPC or
 * EDQUOT) asks for space, any other storage error for a writable folder; anything else is
 * not a storage error (undefined).
 */
export function storageProblemOf(error: unknown): Exclude<StorageProblem, 'failed'> | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  return notWritable.some((prefix) => code === prefix || code.startsWith(`${prefix}_`)) ? 'not_writable' : undefined;
}
