import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0005_device_settings', () => {
  it('keeps credentials only for known devices, with a known protection and auth', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    // The table as 0005 made it: 0010 moves its rows into the drivers' config and sealed secrets.
    migrate(db, migrations.filter((m) => m.version <= 5));
    const insert = db.prepare('INSERT INTO device_credentials (device_id, username, auth, password, protection, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('training', 'username', 'integration', Buffer.from([1, 2, 3]), 'file-key', 'now');
    expect(() => insert.run('nowhere', 'u', 'integration', Buffer.from([1]), 'file-key', 'now')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('training', 'u', 'integration', Buffer.from([1]), 'plain', 'now')).toThrow(/CHECK|UNIQUE/);
    expect(() => db.prepare("UPDATE device_credentials SET auth = 'token'").run()).toThrow(/CHECK/);
    // Devices existing before the migration are not removed.
    expect(db.prepare("SELECT removed FROM devices WHERE id = 'training'").get()).toEqual({ removed: 0 });
    expect(() => db.prepare("UPDATE devices SET removed = 2 WHERE id = 'training'").run()).toThrow(/CHECK/);
  });
});
