import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, databaseFileName, openDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { backupsDirOf, listBackups, restoreBackup } from './backups';

const tempDir = useTempDirs();

describe('backup files', () => {
  it('restoring an earlier version’s day-only, WAL-marked backup leaves no -wal or -shm in backups/', async () => {
    const dataDir = tempDir();
    const db = openDatabase(join(dataDir, databaseFileName));
    migrate(db, migrations);
    mkdirSync(backupsDirOf(dataDir));
    // How the first version wrote them: SQLite's backup of a WAL database, marked WAL itself.
    await db.backup(join(backupsDirOf(dataDir), 'kassa-2026-11-01.sqlite3'));
    closeDatabase(db);
    restoreBackup(dataDir, 'kassa-2026-11-01.sqlite3', new Date());
    expect(readdirSync(backupsDirOf(dataDir))).toEqual(['kassa-2026-11-01.sqlite3']);
    expect(readdirSync(dataDir)).toContain(databaseFileName);
  });

  it('lists the backups newest first, by day and time, and passes over a file gone while it looks', () => {
    const dataDir = tempDir();
    mkdirSync(backupsDirOf(dataDir));
    for (const name of ['kassa-2026-11-02-0930.sqlite3', 'kassa-2026-11-02.sqlite3', 'kassa-2026-11-02-0930-2.sqlite3', 'kassa-2026-11-01-1800.sqlite3']) {
      openDatabase(join(backupsDirOf(dataDir), name)).close();
    }
    // A name whose file is gone by the time it is looked at (pruned meanwhile, say).
    symlinkSync(join(dataDir, 'gone'), join(backupsDirOf(dataDir), 'kassa-2026-11-03-0800.sqlite3'));
    expect(listBackups(dataDir).map(({ name }) => name)).toEqual([
      'kassa-2026-11-02-0930-2.sqlite3',
      'kassa-2026-11-02-0930.sqlite3',
      'kassa-2026-11-02.sqlite3',
      'kassa-2026-11-01-1800.sqlite3',
    ]);
    expect(listBackups(dataDir)[0]).toMatchObject({ day: '2026-11-02', time: '09:30' });
  });
});
