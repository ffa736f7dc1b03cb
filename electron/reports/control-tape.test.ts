import { afterEach, describe, expect, it } from 'vitest';
import type { PeriodicView } from '../../shared/reports/channels';
import type { ControlTapeView } from '../../shared/reports/control-tape';
import { sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor, send } from '../devices/caspos/testing/harness';
import { useTempDirs } from '../testing/temp-dir';
import { startReportsApp, type ReportsApp } from './testing/reports-app';
import { runRealisticShift, submit, submitDone } from './testing/shift-scenario';
import { testManager } from '../testing/test-app';

const tempDir = useTempDirs();
let running: ReportsApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function tape(r: ReportsApp, filters: object = {}): Promise<ControlTapeView> {
  const result = await r.app.dispatch('report.controlTape', { filters });
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  return (result as { ok: true; value: ControlTapeView }).value;
}

describe('the control tape', () => {
  it('lists the shift’s documents from the journal matched with the device’s tape, and flags what only one side has', async () => {
    running = await startReportsApp(tempDir());
    const { app, device } = running;
    await app.dispatch('shift.open', { openingFloat: 1000 });
    const cash = await submitDone(app, sale());
    const card = await submitDone(app, sale({ tenders: tenders({ card: 546 }) }));
    expect((await submit(app, sale({ tenders: tenders({ cash: 1 }) }))).state).toBe('rejected');
    device.faults.next({ kind: 'refuseAfterCommit', code: 999, message: 'Error message: printer is not connected' }, 'sale');
    expect((await submit(app, sale({ tenders: tenders({ cash: 600 }) }))).state).toBe('rejected');
    await submitDone(app, { kind: 'withdraw', cashierName: testManager.name, sum: 300, reason: 'Bank' });

    const view = await tape(running);
    expect(view.deviceTape).toBe(true);
    expect(view.shiftNumber).toBe(1);
    expect(view.rows.map((r) => [r.openingFloat ? 'float' : r.kind, r.state, r.onDevice, r.mismatch, r.total])).toEqual([
      ['float', 'done', true, false, 1000],
      ['sale', 'done', true, false, 546],
      ['sale', 'done', true, false, 546],
      ['sale', 'rejected', false, false, 546],
      ['sale', 'rejected', false, false, 546],
      // The one the device fiscalised while answering a refusal: on the tape, not done in the journal.
      ['sale', null, true, true, 546],
      ['withdraw', 'done', true, false, 300],
    ]);
    expect(view.rows[1]).toMatchObject({ uuid: cash.uuid, number: cash.result!.documentNumber, documentId: cash.result!.documentId, cashierName: testManager.name, tax: 18 });
    expect(view.rows[2]!.tenders).toEqual({ cash: 0, card: 546, bonus: 0, credit: 0, prepayment: 0 });
    expect(view.totals).toEqual({
      byKind: [
        { kind: 'deposit', count: 1, total: 1000 },
        { kind: 'sale', count: 3, total: 1638 },
        { kind: 'withdraw', count: 1, total: 300 },
      ],
      tenders: { cash: 546 + 1000 - 300, card: 546, bonus: 0, credit: 0, prepayment: 0 },
      rows: 7,
      mismatches: 1,
    });

    expect((await tape(running, { tender: 'card' })).rows.map((r) => r.uuid)).toEqual([card.uuid]);
    expect((await tape(running, { state: 'rejected' })).rows).toHaveLength(2);
    expect((await tape(running, { state: 'notInJournal' })).rows.map((r) => r.mismatch)).toEqual([true]);
    expect((await tape(running, { kind: 'withdraw' })).totals.byKind).toEqual([{ kind: 'withdraw', count: 1, total: 300 }]);
  });

  it('shows a document the journal believes done that the device does not have', async () => {
    running = await startReportsApp(tempDir());
    const { app, device } = running;
    await app.dispatch('shift.open', { openingFloat: 0 });
    const kept = await submitDone(app, sale());
    // The device's fiscal memory loses the receipt (a memory restored from before it).
    (device.memory as unknown as { db: { prepare(sql: string): { run(id: string): void } } }).db.prepare('DELETE FROM documents WHERE document_id = ?').run(kept.result!.documentId);
    const view = await tape(running);
    expect(view.rows.map((r) => [r.state, r.onDevice, r.mismatch])).toEqual([['done', false, true]]);
    expect(view.totals.mismatches).toBe(1);
  });

  it('without the device’s tape (shift closed) shows the journal’s documents, none flagged', async () => {
    running = await startReportsApp(tempDir());
    const view = await tape(running);
    expect(view).toMatchObject({ deviceTape: false, shiftNumber: null, rows: [], totals: { rows: 0, mismatches: 0 } });
  });
});

describe('the periodic report', () => {
  it('the journal’s figures for a date range equal the device’s periodic report; a sale made outside Kassa differs', async () => {
    running = await startReportsApp(tempDir());
    const { app } = running;
    await runRealisticShift(app);
    const range = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const periodic = async () => {
      const result = await app.dispatch('report.periodic', range);
      expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
      return (result as { ok: true; value: PeriodicView }).value;
    };
    const first = await periodic();
    expect(first.device).not.toBeNull();
    expect(first.rows.filter((r) => r.differs)).toEqual([]);
    expect(first.rows.find((r) => r.section === 'sale' && r.figure === 'total')).toMatchObject({ journal: 53756, device: 53756 });
    expect(first.rows.find((r) => r.section === 'deposit' && r.figure === 'count')).toMatchObject({ journal: 2, device: 2 });
    expect(first.rows.find((r) => r.section === 'period' && r.figure === 'total')).toMatchObject({ differs: false });

    await send(clientFor(running.device.url), sale({ tenders: tenders({ cash: 546 }) }));
    const second = await periodic();
    expect(second.rows.filter((r) => r.differs).map((r) => `${r.section}.${r.figure}`)).toEqual(
      expect.arrayContaining(['sale.count', 'sale.total', 'sale.cash', 'sale.taxable', 'sale.vatFree', 'sale.tax', 'period.total']),
    );
    expect(await app.dispatch('report.periodic', { from: range.to, to: range.from })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
