import { describe, expect, it } from 'vitest';
import type { ExpectedCash } from '../../shared/fiscal/cash-count';
import type { ExportFile } from '../../shared/reports/channels';
import type { ZReportRecord } from '../../shared/reports/z-report';
import { cashier, line, moneyBack, sale, tenders } from '../devices/caspos/testing/documents';
import { useReportsApps } from './testing/reports-app';
import { answered, submitDone } from './testing/shift-scenario';
import { startTestApp } from '../testing/test-app';
import { useTempDirs } from '../testing/temp-dir';
import { startReportsApp } from './testing/reports-app';

const reportsApp = useReportsApps();
const tempDir = useTempDirs();

describe('the cash expected in the drawer', () => {
  it('is the float, plus cash kept from sales, minus cash refunds, plus cash in, minus cash out; a card sale moves nothing', async () => {
    const { app } = await reportsApp();
    expect(answered<ExpectedCash>(await app.dispatch('report.expectedCash', {})).expected).toBe(0);
    answered(await app.dispatch('shift.open', { openingFloat: 10_000 }));
    // 1,20 paid with 5,00: 3,80 change went back, 1,20 stayed.
    const first = await submitDone(app, sale({ lines: [line({ itemUid: 'L1' })], tenders: tenders({ cash: 500 }) }));
    await submitDone(app, sale({ lines: [line({ price: 379, itemUid: 'T1' })], tenders: tenders({ cash: 1000 }) }));
    await submitDone(app, sale({ lines: [line({ price: 4550, itemUid: 'C1' })], tenders: tenders({ card: 4550 }), cardSlip: { rrn: '420012558257' } }));
    await submitDone(app, moneyBack(first.uuid));
    await submitDone(app, { kind: 'deposit', cashierName: cashier, sum: 5000 });
    await submitDone(app, { kind: 'withdraw', cashierName: cashier, sum: 2000, reason: 'Bank' });

    expect(answered<ExpectedCash>(await app.dispatch('report.expectedCash', {}))).toEqual({
      openingFloat: 10_000,
      cashSales: 120 + 379,
      cashRefunds: 120,
      cashIn: 5000,
      cashOut: 2000,
      expected: 10_000 + 499 - 120 + 5000 - 2000,
    });
  });

  it('a withdrawal without a reason is refused at the boundary, naming the field', async () => {
    const { app } = await reportsApp();
    answered(await app.dispatch('shift.open', { openingFloat: 0 }));
    expect(await app.dispatch('document.submit', { document: { kind: 'withdraw', cashierName: cashier, sum: 100 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: ['document', 'reason'] }] },
    });
    expect(await app.dispatch('document.submit', { document: { kind: 'withdraw', cashierName: cashier, sum: 100, reason: '   ' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const done = await submitDone(app, { kind: 'withdraw', cashierName: cashier, sum: 100, reason: 'Təchizatçıya ödəniş' });
    expect(done.document).toMatchObject({ kind: 'withdraw', reason: 'Təchizatçıya ödəniş' });
  });
});

describe('the blind count at the Z report', () => {
  it('keeps the count and the expected figure with the Z, short by 0,50, across a restart, and in the export', async () => {
    const dir = tempDir();
    const running = await startReportsApp(dir);
    let restarted: Awaited<ReturnType<typeof startTestApp>> | undefined;
    try {
      const { app } = running;
      answered(await app.dispatch('shift.open', { openingFloat: 10_000 }));
      await submitDone(app, sale({ lines: [line({ price: 379, itemUid: 'T1' })], tenders: tenders({ cash: 500 }) }));
      await submitDone(app, { kind: 'withdraw', cashierName: cashier, sum: 3000, reason: 'Bank' });
      const record = answered<ZReportRecord>(await app.dispatch('report.z', { countedCash: 7329 }));
      expect(record.cashCount).toEqual({ expected: 10_000 + 379 - 3000, counted: 7329 });
      // The next shift starts from nothing: the count belongs to the Z it was taken with.
      expect(answered<ExpectedCash>(await app.dispatch('report.expectedCash', {})).expected).toBe(0);

      const csv = Buffer.from(answered<ExportFile>(await app.dispatch('report.export', { report: 'z', id: record.id, format: 'csv' })).base64, 'base64').toString('utf8');
      // The shop's language (az by default), with the short in words.
      expect(csv).toContain('Gözlənilən nağd;73,79');
      expect(csv).toContain('Sayılan nağd;73,29');
      expect(csv).toContain('Çatışmayan nağd;0,50');

      await app.close();
      restarted = await startTestApp(dir, { deviceUrl: running.device.url });
      expect(answered<ZReportRecord>(await restarted.dispatch('report.zGet', { id: record.id })).cashCount).toEqual(record.cashCount);
    } finally {
      await restarted?.close();
      await running.device.close();
    }
  });

  it('a Z taken without a count keeps none', async () => {
    const { app } = await reportsApp();
    answered(await app.dispatch('shift.open', { openingFloat: 0 }));
    expect(answered<ZReportRecord>(await app.dispatch('report.z', {})).cashCount).toBeNull();
  });
});
