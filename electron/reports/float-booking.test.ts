import { afterEach, describe, expect, it } from 'vitest';
import type { PeriodicView, Reconciliation } from '../../shared/reports/channels';
import type { ControlTapeView } from '../../shared/reports/control-tape';
import type { ZReportRecord } from '../../shared/reports/z-report';
import { sale } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { floatBooking } from './float-booking';
import { startReportsApp, type ReportsApp } from './testing/reports-app';
import { runRealisticShift, submitDone } from './testing/shift-scenario';

const tempDir = useTempDirs();
let running: ReportsApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function value<T>(result: unknown): T {
  expect((result as { ok: boolean }).ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  return (result as { ok: true; value: T }).value;
}

const day = { from: '2000-01-01T00:00:00.000Z', to: '2999-12-31T23:59:59.999Z' };

describe('the opening float, booked the way this device books it (learned, never assumed)', () => {
  for (const booking of ['deposit', 'notBooked'] as const) {
    it(`a device that ${booking === 'deposit' ? 'books the float as a deposit' : 'does not book the float'}: no difference in the check, the periodic report, the control tape or the Z report`, async () => {
      running = await startReportsApp(tempDir(), undefined, { openingFloat: booking });
      const { app } = running;
      const deviceId = app.context.device.id;
      expect(floatBooking(app.context.devices, deviceId)).toBe('unknown');

      await runRealisticShift(app);
      expect(floatBooking(app.context.devices, deviceId)).toBe(booking);

      const check = value<Reconciliation>(await app.dispatch('report.reconcile', {}));
      expect(check.rows.filter((r) => r.differs)).toEqual([]);
      expect(check.journal.deposit).toEqual(booking === 'deposit' ? { count: 2, total: 15_000 } : { count: 1, total: 5000 });
      expect(check.journal.firstDocumentNumber).toBe(check.device.firstDocumentNumber);

      const periodic = value<PeriodicView>(await app.dispatch('report.periodic', day));
      expect(periodic.rows.filter((r) => r.differs)).toEqual([]);

      const tape = value<ControlTapeView>(await app.dispatch('report.controlTape', { filters: {} }));
      expect(tape.totals.mismatches).toBe(0);
      expect(tape.rows.filter((r) => r.openingFloat).map((r) => r.onDevice)).toEqual(booking === 'deposit' ? [true] : []);

      const z = value<ZReportRecord>(await app.dispatch('report.z', {}));
      expect(z.differences).toBe(0);
      expect(z.beforeClose?.rows.filter((r) => r.differs)).toEqual([]);
    });
  }

  it('is remembered per device when its settings are saved again, and a float of zero leaves it as it was', async () => {
    running = await startReportsApp(tempDir(), undefined, { openingFloat: 'notBooked' });
    const { app, device } = running;
    const deviceId = app.context.device.id;
    await app.dispatch('shift.open', { openingFloat: 700 });
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');

    app.context.devices.save({ kind: 'caspos', name: 'Kassa 1', url: device.url, config: { url: device.url, username: 'username', auth: 'integration' }, secrets: { password: 'password' } });
    expect(app.context.devices.get(deviceId)?.name).toBe('Kassa 1');
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');

    await submitDone(app, sale());
    value<ZReportRecord>(await app.dispatch('report.z', {}));
    await app.dispatch('shift.open', { openingFloat: 0 });
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');
    expect(floatBooking(app.context.devices, 'training')).toBe('unknown');
  });
});
