import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { sqliteDriverState } from '../electron/devices/driver-state';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();
const now = () => new Date('2026-12-07T10:00:00Z');

describe('0015_driver_state', () => {
  it('keeps each device its own values across a reopen of the file, and takes keys with LIKE wildcards literally', () => {
    const file = `${tempDir()}/kassa.sqlite3`;
    let db = openDatabase(file);
    migrate(db, migrations);
    const state = sqliteDriverState(db, 'training', now);
    state.write({ 'a.mode': { offline: true }, 'a.receipt.1': { code: 'X1' }, 'a.receipt.2': { code: 'X2' }, 'a%b': 1 });
    state.write({ 'a.receipt.3': { code: 'X3' } }, ['a.receipt.1']);
    db.close();

    db = openDatabase(file);
    migrate(db, migrations);
    const reopened = sqliteDriverState(db, 'training', now);
    expect(reopened.read('a.mode')).toEqual({ offline: true });
    expect(reopened.read('missing')).toBeUndefined();
    expect(reopened.entries('a.receipt.')).toEqual([
      ['a.receipt.2', { code: 'X2' }],
      ['a.receipt.3', { code: 'X3' }],
    ]);
    expect(reopened.entries('a%')).toEqual([['a%b', 1]]);
  });

  it('refuses a value that is not JSON, an empty key and a device that does not exist', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    const insert = db.prepare("INSERT INTO device_driver_state (device_id, key, value, updated_at) VALUES (?, ?, ?, 'now')");
    expect(() => insert.run('training', 'k', '{not json')).toThrow(/CHECK/);
    expect(() => insert.run('training', '', '1')).toThrow(/CHECK/);
    expect(() => insert.run('nobody', 'k', '1')).toThrow(/FOREIGN KEY/);
    expect(() => sqliteDriverState(db, 'nobody', now).write({ k: 1 })).toThrow(/FOREIGN KEY/);
  });
});
