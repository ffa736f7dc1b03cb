import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../ipc/dispatcher';
import { createHandlers } from '../ipc/handlers';
import { createGuard } from '../people/guard';
import { assertNoSecrets } from '../testing/assert-no-secrets';
import { useLoggedApps } from '../testing/logged-app';
import { useTempDirs } from '../testing/temp-dir';
import { importFileReceiver } from './import-file-receiver';
import { startWebHost, type WebHost } from './web-host';

const tempDir = useTempDirs();
const startApp = useLoggedApps();
let host: WebHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

const devicePassword = 'Dev1ce-Pa55+4417';
const managerPin = '730519';
const cashierPin = '551937';
const wrongToken = 'Wr0ng-host-token-guess-77';

describe('the web host’s log', () => {
  it('holds what happened and none of the secrets that passed through the app', async () => {
    const dataDir = tempDir();
    const rendererDir = tempDir();
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const { app, log, close } = await startApp(dataDir);
    // An error quotes what it was given: a request body with the device's credentials, an address,
    // or the password in plain prose.
    let address = '';
    const dispatch = createDispatcher(
      {
        ...createHandlers(app.context),
        'device.info': () => {
          throw new Error(
            `device answered 400 to {"username":"kassa","password":"${devicePassword}","documentUUID":"x"} for ${address}; login kassa ${devicePassword} refused`,
          );
        },
      },
      log.logger,
      createGuard(app.context.session, app.context.people, app.context.audit, () => ({ cashierDiscountCapPercent: 100 })),
    );
    host = await startWebHost({
      dispatch,
      bus: app.context.bus,
      logger: log.logger,
      rendererDir,
      port: 0,
      receiveImportFile: importFileReceiver({ problem: () => null, running: Promise.resolve(app) }),
    });
    address = host.url;
    const call = (channel: string, input: unknown, token = host!.token) =>
      fetch(`http://127.0.0.1:${host!.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-kassa-token': token },
        body: JSON.stringify(input),
      }).then((response) => response.json() as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>);

    // Through the people and settings channels, as the settings screen and the login screen call them.
    const device = { kind: 'caspos', name: 'Kassa 2', settings: { url: 'http://127.0.0.1:9/', username: 'kassa', password: devicePassword, auth: 'integration' } };
    expect(await call('devices.save', device)).toMatchObject({ ok: true, value: { id: 'caspos@127.0.0.1:9', protection: 'file-key' } });
    expect(await call('devices.test', device)).toMatchObject({ ok: true });
    expect(await call('people.save', { name: 'Aysel Məmmədova', role: 'cashier', pin: cashierPin, active: true })).toMatchObject({ ok: true });
    const manager = app.context.people.list().find((person) => person.role === 'manager')!;
    expect(await call('session.signIn', { personId: manager.id, pin: managerPin })).toMatchObject({ ok: false });

    expect(await call('settings.setLocale', { locale: 'az', managerPin })).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await call('device.discover', { ranges: ['127.0.0.1/32'], credentials: { password: devicePassword } })).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await call('journal.get', { uuid: managerPin })).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await call('journal.get', { uuid: randomUUID() })).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await call('device.info', {})).toMatchObject({ error: { code: 'internal' } });
    expect(await call('app.info', {}, wrongToken)).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await fetch(`${host.url}`)).status).toBe(200);
    // The lead's people and settings layer logs what it does with the objects it holds.
    app.context.logger.child({ module: 'settings' }).info(
      { device: { id: 'caspos@127.0.0.1:5544', credentials: { username: 'kassa', password: devicePassword } }, manager: { name: 'Aysel', pin: managerPin } },
      'device added',
    );
    const { token, port } = host;
    await host.close();
    host = undefined;
    await close();

    expect(assertNoSecrets(log.dir, [token, devicePassword, managerPin, cashierPin, wrongToken])).toEqual(['web.log']);
    const entries = readFileSync(join(log.dir, 'web.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const messages = entries.map((entry) => [entry.module, entry.msg, entry.channel]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['app', 'database ready', undefined],
        ['web-host', 'listening', undefined],
        ['ipc', 'input refused', 'settings.setLocale'],
        ['ipc', 'input refused', 'device.discover'],
        ['ipc', 'input refused', 'journal.get'],
        ['ipc', 'call refused', 'journal.get'],
        ['ipc', 'handler failed', 'device.info'],
        ['ipc', 'call refused', 'session.signIn'],
        ['settings', 'device added', undefined],
      ]),
    );
    const failure = entries.find((entry) => entry.msg === 'handler failed') as { err: { message: string; stack: string } };
    expect(failure.err.message).toBe(
      `device answered 400 to {"username":"kassa","password":"[redacted]","documentUUID":"x"} for http://127.0.0.1:${port}/?token=[redacted]; login kassa [redacted] refused`,
    );
    expect(failure.err.stack).toContain('"password":"[redacted]"');
    expect(entries.find((entry) => entry.msg === 'device added')).toMatchObject({
      device: { id: 'caspos@127.0.0.1:5544', credentials: '[redacted]' },
      manager: { name: 'Aysel', pin: '[redacted]' },
    });
  });
});
