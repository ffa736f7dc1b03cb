import { describe, expect, it } from 'vitest';
import type { PeriodicView, Reconciliation } from '../../shared/reports/channels';
import type { ControlTapeView } from '../../shared/reports/control-tape';
import type { ZReportRecord } from '../../shared/reports/z-report';
import { explainDifferences } from '../../shared/reports/difference-explanations';
import { sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor, send } from '../devices/caspos/testing/harness';
import { floatBooking } from './float-booking';
import { useReportsApps } from './testing/reports-app';
import { answered, runRealisticShift, submitDone } from './testing/shift-scenario';

const reportsApp = useReportsApps();

const day = { from: '2000-01-01T00:00:00.000Z', to: '2999-12-31T23:59:59.999Z' };

describe('the opening float, booked the way this device books it (learned, never assumed)', () => {
  for (const booking of ['deposit', 'notBooked'] as const) {
    it(`a device that ${booking === 'deposit' ? 'books the float as a deposit' : 'does not book the float'}: no difference in the check, the periodic report, the control tape or the Z report`, async () => {
      const running = await reportsApp({ openingFloat: booking });
      const { app } = running;
      const deviceId = app.context.device.id;
      expect(floatBooking(app.context.devices, deviceId)).toBe('unknown');

      await runRealisticShift(app);
      expect(floatBooking(app.context.devices, deviceId)).toBe(booking);

      const check = answered<Reconciliation>(await app.dispatch('report.reconcile', {}));
      expect(check.rows.filter((r) => r.differs)).toEqual([]);
      expect(check.journal.deposit).toEqual(booking === 'deposit' ? { count: 2, total: 15_000 } : { count: 1, total: 5000 });
      expect(check.journal.firstDocumentNumber).toBe(check.device.firstDocumentNumber);

      const periodic = answered<PeriodicView>(await app.dispatch('report.periodic', day));
      expect(periodic.rows.filter((r) => r.differs)).toEqual([]);

      const tape = answered<ControlTapeView>(await app.dispatch('report.controlTape', { filters: {} }));
      expect(tape.totals.mismatches).toBe(0);
      expect(tape.rows.filter((r) => r.openingFloat).map((r) => r.onDevice)).toEqual(booking === 'deposit' ? [true] : []);

      const z = answered<ZReportRecord>(await app.dispatch('report.z', {}));
      expect(z.differences).toBe(0);
      expect(z.beforeClose?.rows.filter((r) => r.differs)).toEqual([]);
    });
  }

  it('is remembered per device when its settings are saved again, and a float of zero leaves it as it was', async () => {
    const running = await reportsApp({ openingFloat: 'notBooked' });
    const { app, device } = running;
    const deviceId = app.context.device.id;
    await app.dispatch('shift.open', { openingFloat: 700 });
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');

    app.context.devices.save({ kind: 'caspos', name: 'Kassa 1', url: device.url, config: { url: device.url, username: 'username', auth: 'integration' }, secrets: { password: 'password' } });
    expect(app.context.devices.get(deviceId)?.name).toBe('Kassa 1');
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');

    await submitDone(app, sale());
    answered<ZReportRecord>(await app.dispatch('report.z', {}));
    await app.dispatch('shift.open', { openingFloat: 0 });
    expect(floatBooking(app.context.devices, deviceId)).toBe('notBooked');
    expect(floatBooking(app.context.devices, 'training')).toBe('unknown');
  });

  it('not learned yet (the X report after opening was lost): the check tells "the device counts this differently" apart from a document missing', async () => {
    const running = await reportsApp({ openingFloat: 'deposit' });
    const { app, device } = running;
    device.faults.next({ kind: 'dropBeforeCommit' }, 'getXReport');
    await app.dispatch('shift.open', { openingFloat: 2500 });
    expect(floatBooking(app.context.devices, app.context.device.id)).toBe('unknown');
    await submitDone(app, sale());
    // Another program sells on the device: the journal never sees it.
    await send(clientFor(device.url), sale({ tenders: tenders({ card: 546 }) }));

    const check = answered<Reconciliation>(await app.dispatch('report.reconcile', {}));
    const counted = check.rows.filter((r) => r.countedDifferently).map((r) => [r.section, r.figure, r.journal, r.device]);
    expect(counted).toEqual([
      ['deposit', 'count', 0, 1],
      ['deposit', 'total', 0, 2500],
      ['documents', 'first', 10_002, 10_001],
    ]);
    expect(check.differences).toBe(check.rows.filter((r) => r.differs).length - 3);
    expect(explainDifferences(check.rows)).toEqual([
      { kind: 'countedDifferently', way: 'openingFloatAsDeposit', count: 1, amount: 2500 },
      { kind: 'documentsDiffer', section: 'sale', count: 1, amount: 546 },
    ]);
    // Without the sale made elsewhere, the shift would close with no difference at all.
    const tape = answered<ControlTapeView>(await app.dispatch('report.controlTape', { filters: {} }));
    expect(tape.rows.filter((r) => r.openingFloat).map((r) => [r.onDevice, r.mismatch])).toEqual([[true, false]]);
  });

  it('a device that stopped booking the float (the journal counted it): told as counted differently, not as a missing cash-in', async () => {
    const running = await reportsApp({ openingFloat: 'notBooked' });
    const { app } = running;
    app.context.devices.learn(app.context.device.id, 'openingFloat', 'deposit');
    running.device.faults.next({ kind: 'dropBeforeCommit' }, 'getXReport');
    await app.dispatch('shift.open', { openingFloat: 1000 });
    await submitDone(app, sale());
    const z = answered<ZReportRecord>(await app.dispatch('report.z', {}));
    expect(z.differences).toBe(0);
    expect(explainDifferences(z.rows)).toEqual([{ kind: 'countedDifferently', way: 'openingFloatNotBooked', count: 1, amount: 1000 }]);
  });
});
