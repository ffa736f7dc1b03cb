import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { DeviceRegistry } from '../electron/devices/device-registry';
import { fileKeyBox } from '../electron/settings/file-key-box';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

describe('0011_device_features', () => {
  it('keeps switches only for known devices, each on or off; a device without a row keeps everything', () => {
    const dir = tempDir();
    const db = openDatabase(`${dir}/kassa.sqlite3`);
    migrate(db, migrations);
    const registry = new DeviceRegistry(db, fileKeyBox(dir), () => new Date('2026-12-07T10:00:00Z'));
    // The training device existed before the migration: nothing is taken from it.
    expect(registry.features('training')).toEqual({ cashDrawer: true, credit: true, rollBack: true, bonus: true });
    expect(registry.setFeatures('training', { cashDrawer: false, credit: false, rollBack: true, bonus: false })).toEqual({
      cashDrawer: false,
      credit: false,
      rollBack: true,
      bonus: false,
    });
    expect(registry.setFeatures('training', { cashDrawer: true, credit: false, rollBack: false, bonus: true })).toEqual({
      cashDrawer: true,
      credit: false,
      rollBack: false,
      bonus: true,
    });
    const insert = db.prepare('INSERT INTO device_features (device_id, cash_drawer, credit, roll_back, bonus, updated_at) VALUES (?, 1, 1, 1, 1, ?)');
    expect(() => insert.run('nowhere', 'now')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE device_features SET credit = 2 WHERE device_id = 'training'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE device_features SET cash_drawer = 'yes' WHERE device_id = 'training'").run()).toThrow(/CHECK|cannot store/);
  });
});
