import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import packageJson from '../../package.json';
import { migrations } from '../db/migrations';
import { closeDatabase } from '../db/open';
import { DeviceRegistry } from '../devices/device-registry';
import { startCasposSimulator } from '../devices/caspos/simulator/server';
import { newSale, openJournal } from '../journal/testing/journal-db';
import { fileKeyBox } from '../settings/file-key-box';
import { assertNoSecrets } from '../testing/assert-no-secrets';
import { freePort } from '../testing/free-port';
import { useLoggedApps } from '../testing/logged-app';
import { useTempDirs } from '../testing/temp-dir';
import { exportDiagnostics } from './export-diagnostics';

const tempDir = useTempDirs();
const startApp = useLoggedApps();

const devicePassword = 'Sh0p-Device-Pw+2718';
const managerPin = '605173';
const urlPassword = 'Url-Pa55-9931';

/**
 * A shop's data folder: an old device, its password sealed in the credentials table, with
 * documents it never settled; and the mistakes the export must survive: a device address with
 * credentials in it, a PIN kept in a setting.
 */
function shopFolder(): string {
  const dataDir = tempDir();
  const { db, journal } = openJournal(dataDir);
  const devices = new DeviceRegistry(db, fileKeyBox(dataDir), () => new Date());
  const oldDevice = devices.save({ kind: 'caspos', name: 'Caspos Mobile', url: 'http://127.0.0.1:9/', config: { url: 'http://127.0.0.1:9/', username: 'kassa', auth: 'integration' }, secrets: { password: devicePassword } }).id;
  db.prepare("UPDATE devices SET url = ? WHERE id = ?").run(`http://kassa:${urlPassword}@127.0.0.1:9/`, oldDevice);
  journal.record({ ...newSale(700), deviceId: oldDevice }, true);
  journal.record({ ...newSale(800), deviceId: oldDevice }, false);
  const setting = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-11-23T08:00:00.000Z')");
  setting.run('managerPin', JSON.stringify(managerPin));
  setting.run('printerSetup', JSON.stringify({ text: 'Təşəkkür edirik!', printer: { name: 'POS-80', pin: managerPin } }));
  closeDatabase(db);
  return dataDir;
}

function unzipped(path: string): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('diagnostics.export', () => {
  it('writes a zip of logs, settings, unsettled documents, the device’s answer and the app, and no secret', async () => {
    const dataDir = shopFolder();
    const { app } = await startApp(dataDir);
    app.context.logger.info({ module: 'settings', credentials: { password: devicePassword }, manager: { pin: managerPin } }, 'device added');

    const result = await app.dispatch('diagnostics.export', {});
    if (!result.ok) throw new Error(result.error.message);
    const { path, bytes, entries } = result.value as { path: string; bytes: number; entries: string[] };
    expect(dirname(path)).toBe(join(dataDir, 'diagnostics'));
    expect(basename(path)).toMatch(/^kassa-diagnostics-\d{8}T\d{6}Z\.zip$/);
    expect(statSync(path).size).toBe(bytes);
    expect(entries).toEqual(['app.json', 'settings.json', 'unsettled.json', 'device-info.json', 'logs/web.log']);

    const files = unzipped(path);
    expect(Object.keys(files).sort()).toEqual([...entries].sort());
    expect(assertNoSecrets(path, [devicePassword, managerPin, urlPassword])).toHaveLength(entries.length + 1);

    const settings = JSON.parse(files['settings.json']!) as { settings: { key: string; value: unknown }[]; devices: { id: string; url: string | null }[] };
    expect(settings.settings.map((row) => row.key)).toEqual(['activeDeviceId', 'printerSetup']);
    expect(settings.settings[1]!.value).toEqual({ text: 'Təşəkkür edirik!', printer: { name: 'POS-80' } });
    expect(settings.devices).toEqual([
      expect.objectContaining({ id: 'caspos@127.0.0.1:9', url: 'http://[redacted]@127.0.0.1:9/', training: 0 }),
      expect.objectContaining({ id: 'training', kind: 'caspos', url: null, training: 1 }),
    ]);

    const unsettled = JSON.parse(files['unsettled.json']!) as { deviceId: string; state: string; document: { kind: string }; transitions: { to: string }[] }[];
    expect(unsettled.map((d) => [d.deviceId, d.state, d.document.kind, d.transitions.map((t) => t.to)])).toEqual([
      ['caspos@127.0.0.1:9', 'unknown', 'sale', ['pending', 'sending', 'unknown']],
      ['caspos@127.0.0.1:9', 'pending', 'sale', ['pending']],
    ]);

    const deviceInfo = JSON.parse(files['device-info.json']!) as { status: object; outcome: { kind: string; value: { model: string; cashboxFactoryNumber: string } } };
    expect(deviceInfo.status).toMatchObject({ deviceId: 'training', training: true, connection: 'online' });
    expect(deviceInfo.outcome).toMatchObject({ kind: 'done', value: { model: expect.any(String) as unknown, cashboxFactoryNumber: expect.any(String) as unknown } });

    expect(JSON.parse(files['app.json']!)).toMatchObject({
      name: 'Kassa',
      version: packageJson.version,
      host: 'web',
      schemaVersion: migrations.length,
      dataDir,
      os: { platform: process.platform, arch: process.arch },
      versions: { node: process.versions.node },
    });
    expect(files['logs/web.log']).toContain('"msg":"device added"');
    expect(files['logs/web.log']).toContain('"msg":"journal opened"');
  });

  it('says where the logs and the exports are', async () => {
    const dataDir = tempDir();
    const { app } = await startApp(dataDir);
    expect(await app.dispatch('diagnostics.folders', {})).toEqual({ ok: true, value: { logs: join(dataDir, 'logs'), exports: join(dataDir, 'diagnostics') } });
  });

  it('writes what became of the question when the device does not answer, and still exports', async () => {
    const dataDir = tempDir();
    const { app } = await startApp(dataDir, { deviceUrl: `http://127.0.0.1:${await freePort()}` });
    const result = await app.dispatch('diagnostics.export', {});
    if (!result.ok) throw new Error(result.error.message);
    const deviceInfo = JSON.parse(unzipped((result.value as { path: string }).path)['device-info.json']!) as object;
    expect(deviceInfo).toMatchObject({ status: { connection: 'offline' }, outcome: { kind: 'unknown', reason: 'connect_failed', sent: false } });
  });

  it('stops waiting for a device that takes too long', async () => {
    const device = await startCasposSimulator();
    onTestFinished(() => device.close());
    const dataDir = tempDir();
    const { app } = await startApp(dataDir, { deviceUrl: device.url });
    device.faults.next({ kind: 'delay', ms: 1_500 }, 'getInfo');
    const started = Date.now();
    const { path } = await exportDiagnostics(app.context, { deviceWaitMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(JSON.parse(unzipped(path)['device-info.json']!)).toMatchObject({ status: { connection: 'online' }, outcome: { kind: 'no_answer', waitedMs: 100 } });
  });
});
