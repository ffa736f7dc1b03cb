import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { capturedLines } from '../testing/captured-lines';
import { AppFailure } from '../app/app-failure';
import { BadRangeError } from '../devices/ranges';
import { DeviceInUseError } from '../devices/device-registry';
import { JournalBlockedError, JournalBusyError } from '../journal/document-service';
import { UnreadableDocumentError } from '../journal/journal';
import type { Guard } from '../people/guard';
import { createDispatcher, type Handlers } from './dispatcher';
import { channelNames } from '../../shared/ipc/names';

const status = { deviceId: 'training', kind: 'caspos', name: 'Caspos Mobile', training: true, connection: 'unavailable', capabilities: null } as const;

const notHere = (): never => {
  throw new Error('not called in these tests');
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    ...(Object.fromEntries(channelNames.map((name) => [name, notHere])) as unknown as Handlers),
    'app.info': () => ({ name: 'Kassa', version: '0.1.0', host: 'web', schemaVersion: 1 }),
    'settings.getLocale': () => ({ locale: 'az' }),
    'settings.setLocale': ({ locale }) => ({ locale }),
    'device.getStatus': () => status,
    ...overrides,
  };
}

/** Lets every call through: these tests are about the dispatcher alone. */
const openGuard: Guard = (_channel, _input, run) => run({});

function capturingLogger() {
  const { stream, lines } = capturedLines();
  return { logger: pino(stream), lines };
}

describe('dispatcher', () => {
  it('passes parsed input to the handler and returns its value', async () => {
    const dispatch = createDispatcher(handlers(), capturingLogger().logger, openGuard);
    await expect(dispatch('settings.setLocale', { locale: 'ru' })).resolves.toEqual({ ok: true, value: { locale: 'ru' } });
  });

  it('answers an unknown channel with a typed error', async () => {
    const dispatch = createDispatcher(handlers(), capturingLogger().logger, openGuard);
    const result = await dispatch('journal.dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('answers input outside the schema with the issues, without calling the handler', async () => {
    let called = false;
    const dispatch = createDispatcher(
      handlers({ 'settings.setLocale': ({ locale }) => ((called = true), { locale }) }),
      capturingLogger().logger,
      openGuard,
    );
    const result = await dispatch('settings.setLocale', { locale: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: [{ path: ['locale'] }] } });
    expect(called).toBe(false);
  });

  it('logs where refused input was wrong, never what it held', async () => {
    const { logger, lines } = capturingLogger();
    const dispatch = createDispatcher(handlers(), logger, openGuard);
    await dispatch('settings.setLocale', { locale: 'de-x-4821', managerPin: '4821' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ channel: 'settings.setLocale', msg: 'input refused', issues: [{ path: ['locale'] }, { code: 'unrecognized_keys' }] });
    expect(lines[0]).not.toContain('4821');
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
      openGuard,
    );
    const result = await dispatch('settings.setLocale', { locale: 'en' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The settings.setLocale handler failed' } });
    expect(lines.join('')).toContain('disk full');
    expect(lines.join('')).not.toContain('"en"');
  });

  it("turns the domain's own errors into their typed failures in this one place, whichever handler throws them", async () => {
    const throwing = (error: Error) => () => {
      throw error;
    };
    const dispatch = createDispatcher(
      handlers({
        'journal.unsettled': throwing(new UnreadableDocumentError('document.lines: too many')),
        'report.z': throwing(new JournalBlockedError('u-1')),
        'devices.activate': throwing(new JournalBusyError(2)),
        'devices.remove': throwing(new DeviceInUseError('Device training is in use')),
        'device.discover': throwing(new BadRangeError('127.0.0.0/8 is too large')),
      }),
      capturingLogger().logger,
      openGuard,
    );
    const codeOf = async (channel: string, input: object) => {
      const result = await dispatch(channel, input);
      return result.ok ? 'ok' : { code: result.error.code, details: result.error.details };
    };
    expect(await codeOf('journal.unsettled', {})).toEqual({ code: 'document_invalid', details: { problem: 'unreadable' } });
    expect(await codeOf('report.z', {})).toEqual({ code: 'journal_blocked', details: { quarantined: 'u-1' } });
    expect(await codeOf('devices.activate', { id: 'training' })).toEqual({ code: 'journal_busy', details: { unsettled: 2 } });
    expect(await codeOf('devices.remove', { id: 'training' })).toEqual({ code: 'not_permitted', details: undefined });
    expect(await codeOf('device.discover', { ranges: ['127.0.0.0/8'] })).toEqual({ code: 'invalid_input', details: undefined });
  });

  it('passes a failure the handler means on as that typed error, logging its code but not as a crash', async () => {
    const { logger, lines } = capturingLogger();
    const dispatch = createDispatcher(
      handlers({
        'shift.open': () => {
          throw new AppFailure('device_rejected', 'openShift refused: 503', { code: 503, deviceText: 'Növbə artıq açıqdır', cashierFacing: true });
        },
      }),
      logger,
      openGuard,
    );
    expect(await dispatch('shift.open', { openingFloat: 0 })).toEqual({
      ok: false,
      error: { code: 'device_rejected', message: 'openShift refused: 503', details: { code: 503, deviceText: 'Növbə artıq açıqdır', cashierFacing: true } },
    });
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      expect.objectContaining({ level: 30, channel: 'shift.open', code: 'device_rejected', msg: 'call refused' }),
    ]);
  });

  it('refuses to return a value outside the output schema', async () => {
    const dispatch = createDispatcher(
      handlers({ 'device.getStatus': () => ({ ...status, connection: 'sleeping' }) as never }),
      capturingLogger().logger,
      openGuard,
    );
    await expect(dispatch('device.getStatus', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
