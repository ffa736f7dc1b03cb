import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/create-i18n';
import { locales } from '../../shared/locale';
import { DatabaseDamagedError, DatabaseNotAFileError } from '../db/integrity';
import { DatabaseTooNewError } from '../db/migrate';
import { exitCodeOf, startupFailureKind, startupFailureLine } from './startup-failure';

/** What better-sqlite3 and Node throw: an Error with a `code`. */
function coded(code: string): Error {
  return Object.assign(new Error(`${code}: something went wrong\n    at somewhere (file.js:1:1)`), { code });
}

const places = { file: '/data/kassa.sqlite3', backups: '/data/backups', logs: '/data/logs', port: 4870 };

describe('start-up failures', () => {
  it('sorts what a start throws into kinds, each with its own exit code', () => {
    const cases: [unknown, keyof typeof exitCodeOf][] = [
      [new DatabaseTooNewError(99, 7), 'tooNew'],
      [new DatabaseDamagedError('/f', 'header'), 'damaged'],
      [coded('SQLITE_CORRUPT'), 'damaged'],
      [coded('SQLITE_NOTADB'), 'damaged'],
      [new DatabaseNotAFileError('/f'), 'notAFile'],
      [coded('ENOTDIR'), 'notAFile'],
      [coded('SQLITE_FULL'), 'diskFull'],
      [coded('ENOSPC'), 'diskFull'],
      [coded('SQLITE_READONLY_DIRECTORY'), 'noAccess'],
      [coded('SQLITE_CANTOPEN'), 'noAccess'],
      [coded('EACCES'), 'noAccess'],
      [coded('SQLITE_IOERR_WRITE'), 'diskError'],
      [coded('EADDRINUSE'), 'portInUse'],
      [new Error('who knows'), 'unexpected'],
      ['a string', 'unexpected'],
    ];
    for (const [error, kind] of cases) expect({ error: String(error), kind: startupFailureKind(error) }).toEqual({ error: String(error), kind });
    const codes = Object.values(exitCodeOf);
    expect(new Set(codes).size).toBe(codes.length);
    // 0 is success and 2 a bad option (host/flags.ts).
    expect(codes).not.toContain(0);
    expect(codes).not.toContain(2);
  });

  it.each(locales)('says every kind in one line of %s, without the stack', (locale) => {
    const t = createI18n(locale).t;
    const errors = [new DatabaseTooNewError(99, 7), coded('SQLITE_CORRUPT'), coded('ENOTDIR'), coded('SQLITE_FULL'), coded('EACCES'), coded('SQLITE_IOERR'), coded('EADDRINUSE'), coded('EWHATEVER')];
    const lines = errors.map((error) => startupFailureLine(t, error, places));
    expect(new Set(errors.map(startupFailureKind)).size).toBe(Object.keys(exitCodeOf).length);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line).not.toContain('{{');
      expect(line).not.toMatch(/\bat somewhere\b/);
    }
    expect(lines[3]).toContain(places.file);
    expect(lines[6]).toContain('4870');
    expect(lines[7]).toContain(places.logs);
  });
});
