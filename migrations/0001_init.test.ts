import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { closeDatabase, openDatabase, type Db } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

function migratedTo(version: number): Db {
  const db = openDatabase(join(tempDir(), 'k.sqlite3'));
  migrate(db, migrations.slice(0, version));
  return db;
}

describe('0001_init', () => {
  it('creates settings and devices with the training device active', () => {
    const db = migratedTo(1);
    expect(db.prepare('SELECT id, kind, name, url, training FROM devices').all()).toEqual([
      { id: 'training', kind: 'caspos', name: 'Caspos Mobile', url: null, training: 1 },
    ]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'activeDeviceId'").get()).toEqual({ value: '"training"' });
    closeDatabase(db);
  });

  it('refuses rows that break its rules', () => {
    const db = migratedTo(1);
    const insertDevice = db.prepare(
      "INSERT INTO devices (id, kind, name, url, training, created_at) VALUES (?, ?, 'x', ?, ?, 'now')",
    );
    expect(() => insertDevice.run('shop', 'caspos', null, 0)).toThrow(/CHECK constraint/);
    expect(() => insertDevice.run('shop', 'omnitech', 'http://127.0.0.1:8989/', 0)).toThrow(/CHECK constraint/);
    expect(() => insertDevice.run('shop', 'caspos', 'http://127.0.0.1:5544/', 2)).toThrow(/CHECK constraint/);
    expect(() => insertDevice.run('shop', 'caspos', 'http://127.0.0.1:5544/', '0')).not.toThrow();
    expect(() => db.prepare("INSERT INTO settings VALUES ('k', 'not json', 'now')").run()).toThrow(/CHECK constraint/);
    closeDatabase(db);
  });
});
