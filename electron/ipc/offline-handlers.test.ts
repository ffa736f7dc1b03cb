import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

describe('the offline mode channels', () => {
  it('show nothing for a device without an offline mode, and refuse its switch as not supported', async () => {
    app = await startTestApp(tempDir());
    expect(await app.dispatch('device.offlineStatus', {})).toEqual({ ok: true, value: null });
    expect(await app.dispatch('device.goOffline', {})).toMatchObject({ ok: false, error: { code: 'not_supported' } });
  });

  it('switch Checkbox offline and back as the manager, each switch kept in the journal’s events', async () => {
    app = await startTestApp(tempDir(), { trainingKind: 'checkbox' });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    expect(await app.dispatch('device.offlineStatus', {})).toMatchObject({ ok: true, value: { offline: false, sessionLeftMs: 36 * 3_600_000, monthLeftMs: 168 * 3_600_000, codes: 500 } });
    expect(await app.dispatch('device.goOffline', {})).toMatchObject({ ok: true, value: { offline: true, reason: 'manager' } });
    expect(await app.dispatch('device.goOnline', {})).toMatchObject({ ok: true, value: { offline: false } });
    const deviceId = app.context.device.id;
    const events = app.context.journal.doneEvents(deviceId, 'goOffline', '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    expect(events).toHaveLength(1);
  });

  it('offline, cash in and out, the Z report and an opening float are refused as the device’s refusal, explained, with nothing journaled', async () => {
    app = await startTestApp(tempDir(), { trainingKind: 'checkbox' });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    expect(await app.dispatch('device.goOffline', {})).toMatchObject({ ok: true, value: { offline: true } });
    const refusal = (code: string) => ({ ok: false, error: { code: 'device_rejected', details: { system: 'checkbox', code, cashier: { explanation: `checkbox.errors.${code}.explanation`, action: `checkbox.errors.${code}.action` } } } });
    expect(await app.dispatch('document.submit', { document: { kind: 'deposit', cashierName: 'Test', sum: 500 } })).toMatchObject(refusal('offline_waits_cash'));
    // Asked before the journal's checks and the device's reports: why the Z waits is what the manager reads.
    expect(await app.dispatch('report.z', {})).toMatchObject(refusal('offline_waits_z'));
    expect(await app.dispatch('shift.open', { openingFloat: 500 })).toMatchObject(refusal('offline_waits_float'));
    expect(app.context.journal.list(app.context.device.id, '2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).toEqual([]);
    // Online again, the cash goes in.
    expect(await app.dispatch('device.goOnline', {})).toMatchObject({ ok: true, value: { offline: false } });
    expect(await app.dispatch('document.submit', { document: { kind: 'deposit', cashierName: 'Test', sum: 500 } })).toMatchObject({ ok: true });
  });
});
