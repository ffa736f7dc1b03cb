import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from './dispatcher';

const status = { deviceId: 'training', kind: 'caspos', name: 'Caspos Mobile', training: true, connection: 'unavailable' } as const;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': () => ({ name: 'Kassa', version: '0.1.0', host: 'web', schemaVersion: 1, dataDir: '/tmp/k' }),
    'settings.getLocale': () => ({ locale: 'az' }),
    'settings.setLocale': ({ locale }) => ({ locale }),
    'device.getStatus': () => status,
    ...overrides,
  };
}

function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(stream), lines };
}

describe('dispatcher', () => {
  it('passes parsed input to the handler and returns its value', async () => {
    const dispatch = createDispatcher(handlers(), capturingLogger().logger);
    await expect(dispatch('settings.setLocale', { locale: 'ru' })).resolves.toEqual({ ok: true, value: { locale: 'ru' } });
  });

  it('answers an unknown channel with a typed error', async () => {
    const dispatch = createDispatcher(handlers(), capturingLogger().logger);
    const result = await dispatch('journal.dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('answers input outside the schema with the issues, without calling the handler', async () => {
    let called = false;
    const dispatch = createDispatcher(
      handlers({ 'settings.setLocale': ({ locale }) => ((called = true), { locale }) }),
      capturingLogger().logger,
    );
    const result = await dispatch('settings.setLocale', { locale: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: [{ path: ['locale'] }] } });
    expect(called).toBe(false);
  });

  it('turns a throwing handler into an internal error and logs the channel, not the input', async () => {
    const { logger, lines } = capturingLogger();
    const dispatch = createDispatcher(
      handlers({
        'settings.setLocale': () => {
          throw new Error('disk full');
        },
      }),
      logger,
    );
    const result = await dispatch('settings.setLocale', { locale: 'en' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The settings.setLocale handler failed' } });
    expect(lines.join('')).toContain('disk full');
    expect(lines.join('')).not.toContain('"en"');
  });

  it('refuses to return a value outside the output schema', async () => {
    const dispatch = createDispatcher(
      handlers({ 'device.getStatus': () => ({ ...status, connection: 'sleeping' }) as never }),
      capturingLogger().logger,
    );
    await expect(dispatch('device.getStatus', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
