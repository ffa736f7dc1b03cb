import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { ExportFile } from '../../shared/reports/channels';
import { ZReportExport } from '../../shared/reports/z-export-schema';
import type { ZReportRecord, ZReportSummary } from '../../shared/reports/z-report';
import { buildDocumentRequest } from '../devices/caspos/testing/wire';
import { cashier, sale } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startReportsApp, type ReportsApp } from './testing/reports-app';
import { runRealisticShift, submitDone } from './testing/shift-scenario';
import { testManager } from '../testing/test-app';
import { noParents } from '../devices/testing/parents';

const tempDir = useTempDirs();
let running: ReportsApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

function value<T>(result: { ok: boolean }): T {
  expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
  return (result as { ok: true; value: T }).value;
}

/** The operator's four totals read straight from the device's Z figures, to check the export against. */
function operatorTotals(z: ShiftReport) {
  const add = (...parts: { count: number; total: number }[]) => ({ count: parts.reduce((n, p) => n + p.count, 0), amount: parts.reduce((n, p) => n + p.total, 0) });
  return {
    sale: add(z.sale, z.creditPay, z.prepayment, z.correction),
    deposit: add(z.deposit),
    refund: add(z.moneyBack, z.rollback),
    withdraw: add(z.withdraw),
  };
}

describe('report.z closes the shift', () => {
  it('keeps the device’s Z figures, the journal’s and their comparison; lists it; exports the journal’s own Z report in the operator’s JSON', async () => {
    running = await startReportsApp(tempDir());
    const { app } = running;
    await runRealisticShift(app);
    const record = value<ZReportRecord>(await app.dispatch('report.z', {}));
    expect(record.differences).toBe(0);
    expect(record.rows.filter((r) => r.differs)).toEqual([]);
    expect(record.beforeClose?.rows.filter((r) => r.differs)).toEqual([]);
    expect(record.device.sale).toEqual(record.journal.sale);
    expect(record.device.reportNumber).toBe('1');
    expect(record.identity?.cashboxTaxNumber).toBe('TRAINING_0001');
    expect(value<{ open: boolean }>(await app.dispatch('shift.status', {})).open).toBe(false);

    const list = value<ZReportSummary[]>(await app.dispatch('report.zList', {}));
    expect(list).toEqual([{ id: record.id, reportNumber: '1', closedAt: record.closedAt, cashierName: testManager.name, differences: 0, saleTotal: record.device.sale.total, refundTotal: 120 }]);
    expect(value<ZReportRecord>(await app.dispatch('report.zGet', { id: record.id }))).toEqual(record);
    expect(await app.dispatch('report.zGet', { id: record.id + 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const file = value<ExportFile>(await app.dispatch('report.export', { report: 'z', id: record.id, format: 'json' }));
    expect(file).toMatchObject({ fileName: 'kassa-z-report-1.json', mime: 'application/json' });
    const exported = ZReportExport.parse(JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')));
    // The journal's own figures, in the operator's shape, equal the training device's Z report.
    expect(exported.totals).toEqual(operatorTotals(record.device));
    expect(exported.totals).toEqual({
      sale: { count: 8, amount: 53756 + 8000 + 10000 + 2200 },
      deposit: { count: 2, amount: 15000 },
      refund: { count: 2, amount: 120 + 99 },
      withdraw: { count: 1, amount: 2000 },
    });
    expect(exported.payments.sale).toEqual([
      { type: 'CASH', amount: 8806 + 8000 + 1500 },
      { type: 'CARD', amount: 4950 + 10000 + 700 },
      { type: 'CREDIT', amount: 40000 },
    ]);
    expect(exported.payments.refund).toEqual([{ type: 'CASH', amount: 219 }]);
    expect(exported.taxTotals.refund).toEqual([{ taxCode: 'A', taxRate: 1800, taxAmount: 33 }]);
    expect(exported.taxTotals.sale.map((t) => t.taxCode)).toEqual(['A', 'C', 'D']);
    expect(exported).toMatchObject({
      zNumber: 1,
      fiscalNum: 1,
      firstNumber: record.device.firstDocumentNumber,
      lastNumber: record.device.lastDocumentNumber,
      cashier: testManager.name,
      currency: 'AZN',
      msgId: record.id,
      identity: { fn: 'TRAINING_0001', tin: '0000000000', shopName: 'TƏLİM OBYEKTİ', shopAddress: 'AZ1000 BAKI ŞƏHƏRİ, TƏLİM' },
    });
  });

  it('refuses while a document waits for the device, and closes once it is settled', async () => {
    running = await startReportsApp(tempDir());
    const { app } = running;
    await app.dispatch('shift.open', { openingFloat: 0 });
    await submitDone(app, sale());
    // A sale journaled and committed, not sent yet: as after a crash, before recovery sends it.
    const uuid = randomUUID();
    const document = sale();
    app.context.journal.record({ uuid, deviceId: app.context.device.id, document, request: buildDocumentRequest(document, uuid, noParents), total: 546 }, false);
    expect(await app.dispatch('report.z', {})).toMatchObject({ ok: false, error: { code: 'shift_unsettled', details: { unsettled: 1 } } });
    expect(value<{ open: boolean }>(await app.dispatch('shift.status', {})).open).toBe(true);

    app.context.sender!.kick();
    await expect.poll(() => app.context.journal.byUuid(uuid)?.state).toBe('done');
    const record = value<ZReportRecord>(await app.dispatch('report.z', {}));
    expect(record.device.sale.count).toBe(2);
    expect(record.differences).toBe(0);
  });

  it('answers the device’s refusal when no shift is open', async () => {
    running = await startReportsApp(tempDir());
    expect(await running.app.dispatch('report.z', {})).toMatchObject({ ok: false, error: { code: 'device_rejected', details: { system: 'caspos', code: '503', cashier: { explanation: 'caspos.errors.c503.explanation', action: 'caspos.errors.c503.action' } } } });
    expect(value<ZReportSummary[]>(await running.app.dispatch('report.zList', {}))).toEqual([]);
  });

  it('stores a Z report taken another way when the list is read, without a check before closing', async () => {
    running = await startReportsApp(tempDir());
    const { app } = running;
    await app.dispatch('shift.open', { openingFloat: 2500 });
    await submitDone(app, sale());
    await submitDone(app, { kind: 'closeShift', cashierName: cashier });
    const [summary] = value<ZReportSummary[]>(await app.dispatch('report.zList', {}));
    expect(summary).toMatchObject({ reportNumber: '1', differences: 0, saleTotal: 546 });
    const record = value<ZReportRecord>(await app.dispatch('report.zGet', { id: summary!.id }));
    expect(record.beforeClose).toBeNull();
    expect(record.journal.deposit).toEqual({ count: 1, total: 2500 });

    // The next shift starts from zero in the journal as on the device.
    await app.dispatch('shift.open', { openingFloat: 0 });
    await submitDone(app, sale());
    const second = value<ZReportRecord>(await app.dispatch('report.z', {}));
    expect(second).toMatchObject({ reportNumber: '2', differences: 0 });
    expect(second.journal.sale.count).toBe(1);
    expect(second.journal.deposit.count).toBe(0);
    expect(value<ZReportSummary[]>(await app.dispatch('report.zList', {})).map((z) => z.reportNumber)).toEqual(['2', '1']);
  });
});
