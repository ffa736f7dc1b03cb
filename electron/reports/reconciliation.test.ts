import { afterEach, describe, expect, it } from 'vitest';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { Reconciliation } from '../../shared/reports/channels';
import { reconcile } from '../../shared/reports/report-rows';
import { sale, tenders } from '../devices/caspos/testing/documents';
import { send, clientFor } from '../devices/caspos/testing/harness';
import { useTempDirs } from '../testing/temp-dir';
import { startReportsApp, type ReportsApp } from './testing/reports-app';
import { runRealisticShift, submit, submitDone } from './testing/shift-scenario';

const tempDir = useTempDirs();
let running: ReportsApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function reconciliation(r: ReportsApp): Promise<Reconciliation> {
  const result = await r.app.dispatch('report.reconcile', {});
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  return (result as { ok: true; value: Reconciliation }).value;
}

describe('journal totals against the training device', () => {
  it('a realistic shift: every figure of the X report equals the journal’s, computed from its own documents', async () => {
    running = await startReportsApp(tempDir());
    await runRealisticShift(running.app);
    const { journal, device, rows, differences, unsettled } = await reconciliation(running);
    expect(differences).toBe(0);
    expect(unsettled).toBe(0);
    expect(rows.filter((r) => r.differs)).toEqual([]);
    // Every non-zero figure of the device has its row, with the journal's equal value beside it.
    expect(rows.length).toBeGreaterThan(30);
    expect(journal.sale).toMatchObject({ count: 5, total: 546 + 4550 + 561 + 99 + 48000, cash: 546 + 161 + 99 + 8000, cashless: 4550 + 400, credit: 40000 });
    expect(journal.sale.vat).toEqual([
      { percent: 18, gross: 120 + 4550 + 378 + 99 + 48000 },
      { percent: null, gross: 426 + 183 },
    ]);
    expect(journal.moneyBack).toMatchObject({ count: 1, total: 120, cash: 120 });
    expect(journal.rollback).toMatchObject({ count: 1, total: 99, cash: 99 });
    expect(journal.prepayment).toMatchObject({ count: 1, total: 10000, cashless: 10000 });
    expect(journal.creditPay).toMatchObject({ count: 1, total: 8000, cash: 8000 });
    expect(journal.correction).toMatchObject({ count: 1, total: 2200, cash: 1500, cashless: 700, vat: [{ percent: 2, gross: 2200 }] });
    // The opening float is a deposit of the device's own.
    expect(journal.deposit).toEqual({ count: 2, total: 15000 });
    expect(journal.withdraw).toEqual({ count: 1, total: 2000 });
    expect(journal.firstDocumentNumber).toBe(device.firstDocumentNumber);
    expect(journal.lastDocumentNumber).toBe(device.lastDocumentNumber);
    expect(journal.period).toEqual(device.period);
    expect(journal.vatTotal).toBe(device.vatTotal);
  });

  it('a refusal the device meant costs nothing: the journal keeps it refused and the figures agree', async () => {
    running = await startReportsApp(tempDir());
    await running.app.dispatch('shift.open', { openingFloat: 0 });
    await submitDone(running.app, sale());
    const refused = await submit(running.app, sale({ tenders: tenders({ cash: 10 }) }));
    expect(refused.state).toBe('rejected');
    expect((await reconciliation(running)).differences).toBe(0);
  });

  it('a receipt the device fiscalised but answered with a refusal shows as a difference, figure by figure', async () => {
    running = await startReportsApp(tempDir());
    await running.app.dispatch('shift.open', { openingFloat: 0 });
    await submitDone(running.app, sale());
    running.device.faults.next({ kind: 'refuseAfterCommit', code: 999, message: 'Error message: printer is not connected' }, 'sale');
    const believedRefused = await submit(running.app, sale({ tenders: tenders({ card: 546 }) }));
    expect(believedRefused.state).toBe('rejected');
    const { rows, differences } = await reconciliation(running);
    const differing = rows.filter((r) => r.differs).map((r) => [r.section, r.figure, r.vatPercent, r.journal, r.device]);
    expect(differing).toEqual(
      expect.arrayContaining([
        ['sale', 'count', undefined, 1, 2],
        ['sale', 'total', undefined, 546, 1092],
        ['sale', 'cashless', undefined, 0, 546],
        ['sale', 'vat', 18, 120, 240],
        ['sale', 'vat', null, 426, 852],
        ['documents', 'last', undefined, expect.any(Number), expect.any(Number)],
      ]),
    );
    expect(differences).toBe(differing.length);
  });

  it('a receipt fiscalised on the same device outside Kassa shows as a difference', async () => {
    running = await startReportsApp(tempDir());
    await running.app.dispatch('shift.open', { openingFloat: 500 });
    await submitDone(running.app, sale());
    // Another program (or the installer's CLI) sells on the device: the journal never sees it.
    await send(clientFor(running.device.url), sale({ tenders: tenders({ cash: 546 }) }));
    const { rows } = await reconciliation(running);
    expect(rows.find((r) => r.section === 'sale' && r.figure === 'count')).toMatchObject({ journal: 1, device: 2, differs: true });
    expect(rows.find((r) => r.section === 'deposit' && r.figure === 'total')).toMatchObject({ journal: 500, device: 500, differs: false });
  });

  it('compares VAT per rate even when only one side has the rate', () => {
    const empty = { count: 0, total: 0, cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0, vat: [] };
    const report = (vat: ShiftReport['sale']['vat']): ShiftReport => ({
      currency: 'AZN',
      sale: { ...empty, count: 1, total: 100, cash: 100, vat },
      moneyBack: empty,
      rollback: empty,
      correction: empty,
      creditPay: empty,
      prepayment: empty,
      deposit: { count: 0, total: 0 },
      withdraw: { count: 0, total: 0 },
      period: { total: 100, vatable: 100, vatZero: 0, vatFree: 0 },
      vatTotal: 15,
    });
    const rows = reconcile(report([{ percent: 18, gross: 100 }]), report([{ percent: 18, gross: 60 }, { percent: 2, gross: 40 }]));
    expect(rows.filter((r) => r.differs)).toEqual([
      { section: 'sale', figure: 'vat', vatPercent: 18, journal: 100, device: 60, differs: true },
      { section: 'sale', figure: 'vat', vatPercent: 2, journal: 0, device: 40, differs: true },
    ]);
  });
});
