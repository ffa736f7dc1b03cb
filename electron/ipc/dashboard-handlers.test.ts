import { afterEach, describe, expect, it } from 'vitest';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { KassaApp } from '../app/create-app';
import { cashier, line, moneyBack, sale, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

const tea = (quantity: number) => line({ name: 'Çay Azərçay 100 q', code: '4760001000031', quantity, price: 455, itemUid: 'T' });

/** The journal's UUID of the document the device took, which a refund or rollback names. */
async function submit(document: FiscalDocument): Promise<string> {
  const answer = await app!.dispatch('document.submit', { document });
  expect(answer).toMatchObject({ ok: true, value: { state: 'done' } });
  return (answer as { value: JournalDocumentView }).value.uuid;
}

describe('dashboard.summary, through the IPC contract, on the training device', () => {
  it('shows the shift’s and the day’s sales in Baku time: cash, a split, a refund and a rollback', async () => {
    // 10:15 in Baku.
    app = await startTestApp(tempDir(), { now: () => new Date('2026-05-04T06:15:00Z') });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await submit(sale({ tenders: tenders({ cash: 1000 }) })); // 5,46
    const split = await submit(sale({ lines: [tea(2000)], tenders: tenders({ card: 500, cash: 500 }), cardSlip: { rrn: '420012558257' } })); // 9,10
    await submit(moneyBack(split, { lines: [{ ...tea(1000), itemUid: undefined, parentItemUid: 'T' }], tenders: tenders({ card: 455 }) }));
    const third = await submit(sale({ lines: [line()], tenders: tenders({ cash: 120 }) }));
    await submit({ kind: 'rollBack', cashierName: cashier, parentUuid: third, tenders: tenders({ cash: 120 }), vatAmounts: [{ vatRate: 'vat18', sum: 120 }] });
    await submit({ kind: 'deposit', cashierName: cashier, sum: 5000 });

    const shift = await app.dispatch('dashboard.summary', { scope: 'shift' });
    const expected = {
      timeZone: 'Asia/Baku',
      hours: [{ hour: '2026-05-04T10', sales: 1456, refunds: 455, net: 1001, receipts: 2 }],
      totals: { net: 1001, sales: 1456, receipts: 2, refunds: 455, refundCount: 1, rolledBack: 1, averageReceipt: 728 },
      tenders: { cash: 956, card: 45, bonus: 0, credit: 0, prepayment: 0 },
      unsettled: 0,
    };
    expect(shift).toMatchObject({ ok: true, value: expected });
    expect(await app.dispatch('dashboard.summary', { scope: 'day', date: '2026-05-04' })).toEqual(shift);
    expect(await app.dispatch('dashboard.summary', { scope: 'day', date: '2026-05-03' })).toMatchObject({ ok: true, value: { hours: [], totals: { receipts: 0 } } });
  });

  it('shows the takings to a signed-in person only', async () => {
    app = await startTestApp(tempDir(), { signIn: false });
    expect(await app.dispatch('dashboard.summary', { scope: 'shift' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('refuses a scope it does not know and a date that does not exist', async () => {
    app = await startTestApp(tempDir());
    for (const input of [{ scope: 'week' }, { scope: 'day' }, { scope: 'day', date: '2026-02-30' }, { scope: 'day', date: '04.05.2026' }, { scope: 'shift', date: '2026-05-04' }]) {
      expect(await app.dispatch('dashboard.summary', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
