import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { completeSecrets, readDeviceSettings } from '../devices/device-form';
import type * as Registry from '../devices/registry';
import { checkDevice, descriptorOf, settingsForms } from '../devices/registry';
import { startTokenDevice, tokenRegisterDescriptor, type TokenDevice } from '../devices/testing/token-register';
import { parseDoctorFlags } from '../doctor/device-flags';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

// A second system registered the way a driver is, by its descriptor alone (in smartx's place).
vi.mock('../devices/registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const { driverSet } = await import('../devices/driver-set');
  const { registered } = await import('../devices/driver');
  const { tokenRegisterDescriptor: fake } = await import('../devices/testing/token-register');
  const drivers = { ...real.drivers, smartx: registered(fake) };
  return { ...real, drivers, ...driverSet(drivers) };
});

const tempDir = useTempDirs();
let app: KassaApp | undefined;
let device: TokenDevice | undefined;
afterEach(async () => {
  await app?.close();
  await device?.close();
  app = device = undefined;
});

const token = 'tok-5c1e-93ab';
const pin = '7319';

describe('a registered system with no code of its own outside its descriptor', () => {
  it('is offered with its settings form, discovered, tested, saved with each secret sealed, and listed without them', async () => {
    const dir = tempDir();
    app = await startTestApp(dir);
    device = await startTokenDevice('127.0.0.91', token, pin);

    const kinds = await app.dispatch('devices.kinds', {});
    expect(kinds).toMatchObject({ ok: true });
    const offered = (kinds as { value: { kind: string }[] }).value;
    expect(offered.map((k) => k.kind)).toEqual(['caspos', 'checkbox', 'smartx', 'smartone']);
    expect(offered.find((k) => k.kind === 'smartx')).toMatchObject({ kind: 'smartx', discoverable: true, fields: tokenRegisterDescriptor.settingsForm });

    const found = await app.dispatch('device.discover', { ranges: ['127.0.0.91/32'] });
    expect(found).toEqual({ ok: true, value: [{ kind: 'smartx', url: device.url, host: '127.0.0.91', info: { model: 'Token register', cashboxFactoryNumber: 'TR-0042' }, settings: { url: device.url, register: 'R-7', token: 'offered-token' } }] });

    const settings = { url: device.url, register: 'R-7', mode: 'offline' };
    const wrong = await app.dispatch('devices.test', { kind: 'smartx', settings: { ...settings, token, pin: '0000' } });
    expect(wrong).toMatchObject({ ok: true, value: { checks: [{ name: 'reachable', ok: true }, { name: 'login', ok: false }] } });
    const right = await app.dispatch('devices.test', { kind: 'smartx', settings: { ...settings, token, pin } });
    expect(right).toMatchObject({ ok: true, value: { checks: [{ name: 'reachable', ok: true }, { name: 'login', ok: true }] } });
    expect(device.received.at(-1)).toEqual({ path: '/check?register=R-7&mode=offline', authorization: `Bearer ${token}:${pin}` });

    // Refused before anything is stored: a secret missing, a field the form does not have, a value its schema refuses.
    expect(await app.dispatch('devices.save', { kind: 'smartx', name: 'Kassa B', settings: { ...settings, token } })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('pin') as unknown } });
    expect(await app.dispatch('devices.save', { kind: 'smartx', name: 'Kassa B', settings: { ...settings, token, pin, username: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.dispatch('devices.save', { kind: 'smartx', name: 'Kassa B', settings: { ...settings, mode: 'sometimes', token, pin } })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('mode') as unknown } });
    expect(await app.dispatch('devices.list', {})).toMatchObject({ ok: true, value: [{ id: 'training' }] });

    const saved = await app.dispatch('devices.save', { kind: 'smartx', name: 'Kassa B', settings: { ...settings, token, pin } });
    const id = `smartx@${new URL(device.url).host}`;
    expect(saved).toEqual({ ok: true, value: expect.objectContaining({ id, kind: 'smartx', url: device.url, settings, protection: 'file-key', active: false }) as unknown });
    expect(app.context.devices.secrets(id)).toEqual({ pin, token });
    expect(app.context.devices.get(id)?.config).toEqual(settings);

    // A change without the secrets keeps them; the stored ones are what a test without them uses.
    expect(await app.dispatch('devices.save', { id, kind: 'smartx', name: 'Kassa B2', settings: { ...settings, mode: 'online', token: '' } })).toMatchObject({ ok: true, value: { name: 'Kassa B2', settings: { mode: 'online' } } });
    expect(app.context.devices.secrets(id)).toEqual({ pin, token });
    expect(await app.dispatch('devices.test', { id, kind: 'smartx', settings })).toMatchObject({ ok: true, value: { checks: [{ ok: true }, { name: 'login', ok: true }] } });
    // A device is changed only as what it is.
    expect(await app.dispatch('devices.save', { id, kind: 'caspos', name: 'X', settings: { url: device.url, username: 'u', auth: 'integration', password: 'p' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const list = await app.dispatch('devices.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: 'training' }, { id, kind: 'smartx', name: 'Kassa B2', settings: { ...settings, mode: 'online' } }] });
    // No secret goes back to the renderer, and none is in the data folder in the clear.
    for (const answer of [saved, list, kinds]) expect(JSON.stringify(answer)).not.toMatch(new RegExp(`${token}|${pin}`));
    await app.close();
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.sqlite3') || name.endsWith('-wal')) expect(readFileSync(join(dir, name)).includes(token), name).toBe(false);
    }
  });

  it("is checked by the doctor from its form's fields as flags", async () => {
    device = await startTokenDevice('127.0.0.92', token, pin);
    const request = parseDoctorFlags(['--kind', 'smartx', '--url', device.url, '--register', 'R-7', '--token', token, '--pin', pin], settingsForms());
    // The choice not given takes its first value.
    expect(request).toEqual({ device: { kind: 'smartx', settings: { url: device.url, register: 'R-7', token, pin, mode: 'online' } } });
    const descriptor = descriptorOf('smartx')!;
    const { config, secrets } = readDeviceSettings(descriptor, request.device!.settings);
    expect(await checkDevice('smartx', config, completeSecrets(descriptor, secrets, {}))).toMatchObject([{ name: 'reachable', ok: true }, { name: 'login', ok: true }]);

    expect(() => parseDoctorFlags(['--kind', 'smartx', '--url', device!.url, '--username', 'u'], settingsForms())).toThrow("Unknown option '--username'");
    expect(() => parseDoctorFlags(['--kind', 'epson'], settingsForms())).toThrow('--kind: one of caspos, checkbox, smartx, smartone');
    const { secrets: none } = readDeviceSettings(descriptor, { url: device.url, register: 'R-7', mode: 'online', token: '', pin: '' });
    expect(() => completeSecrets(descriptor, none, {})).toThrow('needs its token, pin');
  });
});
