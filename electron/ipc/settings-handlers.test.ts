import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { sale, tenders } from '../devices/caspos/testing/documents';
import { newSale } from '../journal/testing/journal-db';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
let shop: CasposSimulator | undefined;
afterEach(async () => {
  await app?.close();
  await shop?.close();
  app = shop = undefined;
});

const secret = 'password4821';

describe('devices in the settings', () => {
  it('adds a device with its password sealed, tests it, sells on it, and switches back', async () => {
    const dir = tempDir();
    app = await startTestApp(dir);
    shop = await startCasposSimulator({ host: '127.0.0.31', settings: { auth: 'session', username: 'kassa', password: secret } });
    const form = { kind: 'caspos', name: 'Kassa 1' } as const;
    const settings = { url: shop.url, username: 'kassa', auth: 'session' };

    const wrong = await app.dispatch('devices.test', { ...form, settings: { ...settings, password: 'password0000' } });
    expect(wrong).toMatchObject({ ok: true, value: { checks: [{ name: 'reachable', ok: true }, { name: 'login', ok: false, message: 'doctor.wrongPassword' }] } });
    const right = await app.dispatch('devices.test', { ...form, settings: { ...settings, password: secret } });
    expect(right).toMatchObject({ ok: true, value: { checks: [{ ok: true }, { name: 'login', ok: true }, { name: 'integration', ok: true }, { name: 'shift', ok: true }, { name: 'printer', ok: true }] } });

    const saved = await app.dispatch('devices.save', { ...form, settings: { ...settings, password: secret } });
    expect(saved).toMatchObject({ ok: true, value: { id: `caspos@127.0.0.31:${new URL(shop.url).port}`, settings, protection: 'file-key', active: false } });
    const id = (saved as { value: { id: string } }).value.id;
    // Without a password, the stored one is used.
    const stored = (await app.dispatch('devices.test', { ...form, id, settings })) as { value: { checks: { name: string; ok: boolean }[] } };
    expect(stored.value.checks.map((c) => `${c.name}:${c.ok}`)).toEqual(['reachable:true', 'login:true', 'integration:true', 'shift:true', 'printer:true']);

    expect(await app.dispatch('devices.activate', { id })).toMatchObject({ ok: true, value: { deviceId: id, connection: 'online', training: false } });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    expect(await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) })).toMatchObject({ ok: true, value: { state: 'done' } });
    expect(shop.received.some((body) => body.includes('"sale"'))).toBe(true);

    expect(await app.dispatch('devices.activate', { id: 'training' })).toMatchObject({ ok: true, value: { deviceId: 'training' } });
    expect(await app.dispatch('devices.list', {})).toMatchObject({ ok: true, value: [{ id: 'training', active: true }, { id, active: false, settings }] });
    await app.close();

    // The password is in no file of the data folder in the clear, yet the app reads it after a restart.
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.sqlite3') || name.endsWith('-wal')) expect(readFileSync(join(dir, name)).includes(secret), name).toBe(false);
    }
    app = await startTestApp(dir);
    expect(app.context.devices.secrets(id)).toEqual({ password: secret });
    expect(app.context.devices.get(id)?.config).toEqual({ url: shop.url, username: 'kassa', auth: 'session', lineSums: 'send' });
  });

  it('refuses to switch devices while a document of the active one is unsettled', async () => {
    app = await startTestApp(tempDir());
    shop = await startCasposSimulator({ host: '127.0.0.32' });
    const saved = await app.dispatch('devices.save', { kind: 'caspos', name: 'Kassa 2', settings: { url: shop.url, username: 'username', password: 'password', auth: 'integration' } });
    const id = (saved as { value: { id: string } }).value.id;
    app.context.journal.record(newSale(), false);
    expect(await app.dispatch('devices.activate', { id })).toMatchObject({ ok: false, error: { code: 'journal_busy' } });
    expect(app.context.device.id).toBe('training');
  });

  it('reaches devices on loopback only from the web host', async () => {
    app = await startTestApp(tempDir());
    const form = { kind: 'caspos', name: 'Far', settings: { url: 'http://192.0.2.10:5544/', username: 'u', password: 'p', auth: 'integration' } };
    expect(await app.dispatch('devices.save', form)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('loopback') as unknown } });
    expect(await app.dispatch('devices.test', form)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps the shop settings, and puts the receipt note on sales', async () => {
    app = await startTestApp(tempDir());
    expect(await app.dispatch('settings.update', { receiptNote: 'Təşəkkür edirik!', idleLockMinutes: 0, answerTimeoutSeconds: 30 })).toMatchObject({
      ok: true,
      value: { receiptNote: 'Təşəkkür edirik!', idleLockMinutes: 0, answerTimeoutSeconds: 30, kiosk: false },
    });
    expect(await app.dispatch('settings.update', { answerTimeoutSeconds: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    expect(await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) })).toMatchObject({
      ok: true,
      value: { state: 'done', document: { note: 'Təşəkkür edirik!' } },
    });
  });
});
