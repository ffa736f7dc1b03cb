import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { closeDatabase, openDatabase } from '../db/open';
import { runTs } from '../testing/spawn-ts';
import { useTempDirs } from '../testing/temp-dir';

const tempDir = useTempDirs();

const doctor = (dataDir: string) => runTs('electron/doctor/cli.ts', ['--data-dir', dataDir], { KASSA_LOCALE: 'en' });

describe('npm run doctor -- --data-dir', () => {
  it('runs SQLite’s integrity check on the database and lists the backups', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'kassa.sqlite3');
    const db = openDatabase(file);
    migrate(db, migrations);
    mkdirSync(join(dataDir, 'backups'));
    await db.backup(join(dataDir, 'backups', 'kassa-2026-11-01.sqlite3'));
    const insert = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, '1', '')");
    for (let i = 0; i < 2_000; i++) insert.run(`filler-${i}-${'x'.repeat(100)}`);
    closeDatabase(db);

    const sound = await doctor(dataDir);
    expect(sound.out.trim().split('\n')).toEqual([`✓ The database ${file} passed SQLite’s integrity check.`, '✓ Backups: 1, the newest from 2026-11-01.']);
    expect(sound.code).toBe(0);

    // An index page overwritten: the kind of damage only the full check's cross-check may see.
    const bytes = readFileSync(file);
    bytes.fill(0x41, statSync(file).size - 4096 * 3, statSync(file).size - 4096 * 2);
    writeFileSync(file, bytes);
    const damaged = await doctor(dataDir);
    expect(damaged.out).toMatch(/^✗ The database .*kassa\.sqlite3 is damaged \(.+\): close Kassa and restore a backup/m);
    expect(damaged.code).toBe(1);
  });

  it('refuses to run with neither a device nor a folder', async () => {
    const { code, err } = await runTs('electron/doctor/cli.ts', [], { KASSA_LOCALE: 'en' });
    expect(code).toBe(2);
    expect(err).toContain('give --url, --data-dir or both');
  });
});
