import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalDocumentView } from '../../../shared/ipc/journal-view';
import type { Reconciliation } from '../../../shared/reports/channels';
import { ZReportExport } from '../../../shared/reports/z-export-schema';
import type { ZReportRecord } from '../../../shared/reports/z-report';
import type { KassaApp } from '../../app/create-app';
import { useTempDirs } from '../../testing/temp-dir';
import { startTestApp } from '../../testing/test-app';
import { cashier, line, sale, tenders } from './testing/documents';

/**
 * Spec §10 check 11 and issue point 6 through the real app on the SmartOne training device: an
 * opening float (a /deposit of its own), sales in cash, by card and mixed across tax groups, a
 * refund, a cash withdrawal; the X report and the Z report equal the journal field by field, and
 * the Z exports in the operator's seed-001 shape with its invariants.
 */
describe('the SmartOne day in the app: X and Z equal the journal, Z exported for the operator', () => {
  const tempDir = useTempDirs();
  let app: KassaApp;

  async function value<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
    const view = (result as { value: { state?: string } }).value;
    if (channel === 'document.submit') expect(view.state, JSON.stringify(view).slice(-400)).toBe('done');
    return (result as { ok: true; value: T }).value;
  }

  beforeAll(async () => {
    app = await startTestApp(tempDir(), { trainingKind: 'smartone', backoffMs: [10, 20, 40] });
  });
  afterAll(async () => app?.close());

  it('sells a day and closes it', async () => {
    await value('shift.open', { openingFloat: 2000 });
    const first = await value<JournalDocumentView>('document.submit', { document: sale({ tenders: tenders({ cash: 1000 }) }) });
    await value('document.submit', { document: sale({ tenders: tenders({ card: 546 }), cardSlip: { rrn: '000111222333' } }) });
    await value('document.submit', { document: sale({ lines: [line({ vatRate: 'simplified2', price: 300 }), line({ vatRate: 'tradeVat18', price: 1500, purchasePrice: 1000, itemUid: 'L9' })], tenders: tenders({ cash: 1000, card: 800 }) }) });
    await value('document.submit', {
      document: { kind: 'moneyBack', cashierName: cashier, parentUuid: first.uuid, moneyBackType: 'sale', manual: false, lines: [line({ itemUid: undefined, parentItemUid: 'L1' })], tenders: tenders({ cash: 120 }) },
    });
    await value('document.submit', { document: { kind: 'withdraw', cashierName: cashier, sum: 500, reason: 'Bank' } });

    const x = await value<Reconciliation>('report.reconcile', {});
    expect(x.rows.filter((row) => row.differs)).toEqual([]);
    expect(x).toMatchObject({ differences: 0, unsettled: 0, device: { sale: { count: 3 }, moneyBack: { count: 1 }, deposit: { count: 1, total: 2000 } } });

    const z = await value<ZReportRecord>('report.z', {});
    expect(z.rows.filter((row) => row.differs)).toEqual([]);
    expect(z.differences).toBe(0);

    const file = await value<{ base64: string }>('report.export', { report: 'z', id: z.id, format: 'json' });
    const exported = ZReportExport.parse(JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')));
    expect(exported.totals.sale.amount).toBe(546 * 2 + 1800);
    expect(exported.totals.refund.amount).toBe(120);
    expect(exported.currency).toBe('AZN');
    expect(exported.zNumber).toBe(1);
  }, 60_000);
});
