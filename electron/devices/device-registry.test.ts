import { describe, expect, it } from 'vitest';
import { DeviceKind } from '../../shared/device';
import { closeDatabase } from '../db/open';
import { openJournal } from '../journal/testing/journal-db';
import { fileKeyBox } from '../settings/file-key-box';
import { useTempDirs } from '../testing/temp-dir';
import { DeviceRegistry, DeviceSettingsError } from './device-registry';
import { descriptorOf } from './registry';

const tempDir = useTempDirs();

function registry() {
  const dir = tempDir();
  const { db } = openJournal(dir);
  return { db, devices: new DeviceRegistry(db, fileKeyBox(dir), () => new Date('2026-12-07T10:00:00Z')) };
}

const shop = { kind: 'caspos' as const, name: 'Shop', url: 'http://127.0.0.9:5544/', config: { url: 'http://127.0.0.9:5544/', username: 'kassa', auth: 'integration' } };

describe('the device registry', () => {
  it("keeps a device's settings as its driver's JSON and each secret sealed on its own field", () => {
    const { db, devices } = registry();
    const row = devices.save({ ...shop, secrets: { password: 'pw-1' } });
    expect(row).toMatchObject({ id: 'caspos@127.0.0.9:5544', kind: 'caspos', config: shop.config, training: false });
    expect(devices.secrets(row.id)).toEqual({ password: 'pw-1' });
    expect(devices.protection(row.id)).toBe('file-key');
    // Sealed: the password is nowhere in the database in the clear.
    const stored = db.prepare('SELECT value FROM device_secrets').pluck().get() as Buffer;
    expect(stored.includes('pw-1')).toBe(false);
    // Saved again without the secret: it keeps its own.
    devices.save({ ...shop, name: 'Shop 2', secrets: {} });
    expect(devices.secrets(row.id)).toEqual({ password: 'pw-1' });
    expect(devices.get(row.id)?.name).toBe('Shop 2');
    closeDatabase(db);
  });

  it("refuses settings that do not fit the driver, or a new device without its secrets, and stores nothing of them", () => {
    const { db, devices } = registry();
    expect(() => devices.save({ ...shop, config: { url: 'ftp://127.0.0.9/', username: '', auth: 'token' }, secrets: { password: 'p' } })).toThrow(DeviceSettingsError);
    expect(() => devices.save({ ...shop, secrets: {} })).toThrow(/needs its password/);
    expect(() => devices.save({ ...shop, kind: 'smartx', secrets: { password: 'p' } })).toThrow(/No driver for smartx/);
    expect(devices.list().map((row) => row.id)).toEqual(['training']);
    expect(db.prepare('SELECT count(*) FROM device_secrets').pluck().get()).toBe(0);
    closeDatabase(db);
  });
});

describe('training devices', () => {
  it('gives each system with a training device its own, once, and never lets one be removed', () => {
    const { devices } = registry();
    expect(devices.training('caspos')).toMatchObject({ id: 'training', kind: 'caspos', training: true });
    expect(devices.training('caspos').id).toBe('training');
    expect(devices.list().filter((row) => row.training)).toHaveLength(1);
    expect(() => devices.remove('training', 'caspos@127.0.0.9:5544')).toThrow(/in use/);
    const withoutTraining = DeviceKind.options.filter((kind) => !descriptorOf(kind)?.training);
    for (const kind of withoutTraining) expect(() => devices.training(kind), kind).toThrow(DeviceSettingsError);
    expect(devices.list().filter((row) => row.training)).toHaveLength(1);
  });
});
