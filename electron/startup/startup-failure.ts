import type { TFunction } from 'i18next';
import { DatabaseDamagedError, DatabaseNotAFileError } from '../db/integrity';
import { DatabaseTooNewError } from '../db/migrate';

/**
 * Why the app could not start, each with its own exit code (README: "When something fails"), so
 * a service manager or a support script can tell them apart. 2 is a bad option (host/flags.ts).
 */
export const exitCodeOf = {
  unexpected: 1,
  tooNew: 3,
  damaged: 4,
  notAFile: 5,
  diskFull: 6,
  noAccess: 7,
  diskError: 8,
  portInUse: 9,
} as const;
export type StartupFailureKind = keyof typeof exitCodeOf;

const sqliteKinds: [RegExp, StartupFailureKind][] = [
  [/^SQLITE_(CORRUPT|NOTADB)/, 'damaged'],
  [/^SQLITE_FULL/, 'diskFull'],
  [/^SQLITE_(READONLY|PERM|AUTH|CANTOPEN)/, 'noAccess'],
  [/^SQLITE_IOERR/, 'diskError'],
];
const errnoKinds: Record<string, StartupFailureKind> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EACCES: 'noAccess',
  EPERM: 'noAccess',
  EROFS: 'noAccess',
  ENOTDIR: 'notAFile',
  EEXIST: 'notAFile',
  EISDIR: 'notAFile',
  EIO: 'diskError',
  EADDRINUSE: 'portInUse',
};

/** Sorts whatever a start threw: our own errors by class, SQLite's and the OS's by code. */
export function startupFailureKind(error: unknown): StartupFailureKind {
  if (error instanceof DatabaseTooNewError) return 'tooNew';
  if (error instanceof DatabaseDamagedError) return 'damaged';
  if (error instanceof DatabaseNotAFileError) return 'notAFile';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'unexpected';
  return sqliteKinds.find(([pattern]) => pattern.test(code))?.[1] ?? errnoKinds[code] ?? 'unexpected';
}

/** Written out, not built from the kind, so every key stays findable in the source. */
const failedKey = {
  damaged: 'startup.failed.damaged',
  notAFile: 'startup.failed.notAFile',
  diskFull: 'startup.failed.diskFull',
  noAccess: 'startup.failed.noAccess',
  diskError: 'startup.failed.diskError',
  portInUse: 'startup.failed.portInUse',
  unexpected: 'startup.failed.unexpected',
} as const satisfies Record<Exclude<StartupFailureKind, 'tooNew'>, `startup.failed.${string}`>;

export interface FailurePlaces {
  /** The database file, or the folder when the folder itself failed. */
  file: string;
  backups: string;
  logs: string;
  port?: number;
}

/** One line for the person starting the app: what is wrong and what to do. The stack goes to the log. */
export function startupFailureLine(t: TFunction, error: unknown, places: FailurePlaces): string {
  const kind = startupFailureKind(error);
  const values = { ...places, detail: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  if (kind === 'tooNew') {
    const { found, known } = error as DatabaseTooNewError;
    return t('db.tooNew', { found, known });
  }
  return t(failedKey[kind], values);
}
