import { describe, expect, it } from 'vitest';
import type { CreditPayDocument, FiscalDocument, MoneyBackDocument } from '../../shared/fiscal/documents';
import { testUuid } from '../../shared/flows/testing/facts';
import { cashier, creditPay, line, moneyBack, prepayment, sale, tenders } from '../devices/caspos/testing/documents';
import { SettledDocuments } from '../journal/settled-documents';
import { useTempDirs } from '../testing/temp-dir';
import { dashboardSummary } from './dashboard';
import { averageHalfUp } from '../../shared/dashboard/summarize';
import { timedJournal, type Settlement } from './testing/timed-journal';

const tempDir = useTempDirs();

const bread = (quantity = 1000, discount = 0) => line({ quantity, discount, itemUid: `B${quantity}` });
const tomato = () => line({ name: 'Pomidor', code: '2000000000015', codeType: 'plain', unit: 'kg', quantity: 1250, price: 349, discount: 10, vatRate: 'vatFree' });
const tea = (quantity = 1000) => line({ name: 'Çay Azərçay 100 q', code: '4760001000031', quantity, price: 455, itemUid: `T${quantity}` });
const rollBack = (parentDocumentId: string, total: number): FiscalDocument => ({
  kind: 'rollBack',
  cashierName: cashier,
  parentDocumentId,
  tenders: tenders({ cash: total }),
  vatAmounts: [{ vatRate: 'vat18', sum: total }],
});

/**
 * This journal is of the shape before issue 14: refunds, rollbacks, credit payments and advance
 * spending name their parent by the device's id (D1, D2, … as timedJournal settles them), and the
 * figures still come out right. Parents named by UUID: dashboard-handlers.test.ts.
 */
function byDeviceId<T extends MoneyBackDocument | CreditPayDocument>(doc: T, parentDocumentId: string): T {
  return { ...doc, parentUuid: undefined, parentDocumentId };
}

/**
 * Two days of a shop in Baku (UTC+4), journaled at known instants (UTC below, Baku time in the
 * comments): sales in cash, by card, split three ways and paid by bonus and an advance; refunds
 * of today's and yesterday's receipts; rollbacks, one of them after midnight; an advance and its
 * partial refund, a credit payment, a correction, cash in; a refused and an unanswered sale.
 */
function tradingDays() {
  const days = timedJournal(tempDir());
  const add = (document: FiscalDocument, at: string, settlement?: Settlement) => days.add(document, at, settlement);
  const s0 = add(sale({ lines: [bread(2000)], tenders: tenders({ cash: 300 }) }), '2026-05-03T19:50:00Z'); // 23:50 on the 3rd: 2,40, change 0,60
  add({ kind: 'closeShift', cashierName: cashier }, '2026-05-04T04:00:00Z'); // 08:00 Z report: the new shift starts
  add(sale({ lines: [bread(), tomato()], tenders: tenders({ cash: 1000 }) }), '2026-05-04T05:10:00Z'); // 09:10 5,46 cash
  const s2 = add(
    sale({ lines: [tea(2000)], tenders: tenders({ card: 500, credit: 200, cash: 300 }), credit: { contract: 'K-7', payer: 'Rəşad Əliyev' }, cardSlip: { rrn: '420012558257' } }),
    '2026-05-04T05:40:00Z',
  ); // 09:40 9,10: card 5,00, credit 2,00, cash 2,10
  add(byDeviceId(moneyBack(testUuid(1), { lines: [line({ ...tea(), parentItemUid: 'T2000' })], tenders: tenders({ card: 455 }) }), s2), '2026-05-04T05:50:00Z'); // 09:50 one tea back to the card
  add(byDeviceId(moneyBack(testUuid(1), { lines: [line({ parentItemUid: 'B2000' })], tenders: tenders({ cash: 120 }) }), s0), '2026-05-04T06:15:00Z'); // 10:15 yesterday's bread back
  const s3 = add(sale({ lines: [bread(3000)], tenders: tenders({ card: 360 }) }), '2026-05-04T06:20:00Z'); // 10:20
  add(rollBack(s3, 360), '2026-05-04T06:25:00Z'); // 10:25 cancels it
  add(sale({ lines: [tea(), bread(1000, 1)], tenders: tenders({ bonus: 74, prepayment: 500 }), prepaymentDocumentId: 'ADVANCE-1' }), '2026-05-04T07:05:00Z'); // 11:05 5,74
  const advance = add(prepayment(), '2026-05-04T07:10:00Z'); // an advance of 100,00
  add(
    byDeviceId(moneyBack(testUuid(1), { moneyBackType: 'prepayment', lines: [line({ name: 'Avans', code: '', codeType: 'plain', price: 2000 })], tenders: tenders({ cash: 2000 }) }), advance),
    '2026-05-04T07:12:00Z',
  );
  add(byDeviceId(creditPay(testUuid(1)), s2), '2026-05-04T07:20:00Z'); // 80,00 of a credit
  add(
    { kind: 'correction', cashierName: cashier, firstOperationAt: '2026-05-02T06:00:00Z', lastOperationAt: '2026-05-02T14:00:00Z', cash: 3000, card: 2000, vatRate: 'vat18' },
    '2026-05-04T07:30:00Z',
  );
  add({ kind: 'deposit', cashierName: cashier, sum: 5000 }, '2026-05-04T07:40:00Z');
  add(sale({ lines: [bread()], tenders: tenders({ cash: 120 }) }), '2026-05-04T08:00:00Z', 'rejected');
  add(sale({ lines: [bread()], tenders: tenders({ cash: 120 }) }), '2026-05-04T08:30:00Z', 'unknown');
  const s5 = add(sale({ lines: [bread()], tenders: tenders({ cash: 120 }) }), '2026-05-04T19:30:00Z'); // 23:30
  add(rollBack(s5, 120), '2026-05-04T20:10:00Z'); // 00:10 on the 5th cancels it
  add(sale({ lines: [bread()], tenders: tenders({ cash: 200 }) }), '2026-05-04T20:30:00Z'); // 00:30 on the 5th
  return new SettledDocuments(days.db);
}

const summary = (source: SettledDocuments, scope: Parameters<typeof dashboardSummary>[3]) => dashboardSummary(source, 'training', 'Asia/Baku', scope);

describe('the dashboard, from a real journal file', () => {
  it('counts a day of the shop’s clock: refunds at their hour, rollbacks cancelling their sale, advances apart', () => {
    const day = summary(tradingDays(), { scope: 'day', date: '2026-05-04' });
    expect(day.timeZone).toBe('Asia/Baku');
    expect(day.hours).toEqual([
      { hour: '2026-05-04T09', sales: 1456, refunds: 455, net: 1001, receipts: 2 },
      { hour: '2026-05-04T10', sales: 0, refunds: 120, net: -120, receipts: 0 },
      { hour: '2026-05-04T11', sales: 574, refunds: 0, net: 574, receipts: 1 },
    ]);
    // 20,30 / 3 = 6,7667: 6,77.
    expect(day.totals).toEqual({ net: 1455, sales: 2030, receipts: 3, refunds: 575, refundCount: 2, rolledBack: 2, averageReceipt: 677 });
    expect(day.tenders).toEqual({ cash: 636, card: 45, bonus: 74, credit: 200, prepayment: 500 });
    const figures = (p: { name: string; amount: number; quantity: number; unit: string }) => [p.name, p.amount, p.quantity, p.unit];
    expect(day.topByAmount.map(figures)).toEqual([
      ['Çay Azərçay 100 q', 910, 2000, 'piece'],
      ['Pomidor', 426, 1250, 'kg'],
      ['Çörək ağ', 119, 1000, 'piece'],
    ]);
    expect(day.topByQuantity.map(figures)).toEqual([
      ['Çay Azərçay 100 q', 910, 2000, 'piece'],
      ['Pomidor', 426, 1250, 'kg'],
      ['Çörək ağ', 119, 1000, 'piece'],
    ]);
    expect(day.other).toEqual({ prepayment: { count: 2, total: 8000 }, creditPay: { count: 1, total: 8000 }, correction: { count: 1, total: 5000 } });
    expect(day.unsettled).toBe(1);
  });

  it('puts a sale after midnight in Baku on the next day, and a rollback of the day before in neither', () => {
    const source = tradingDays();
    const next = summary(source, { scope: 'day', date: '2026-05-05' });
    expect(next.hours).toEqual([{ hour: '2026-05-05T00', sales: 120, refunds: 0, net: 120, receipts: 1 }]);
    expect(next.totals).toEqual({ net: 120, sales: 120, receipts: 1, refunds: 0, refundCount: 0, rolledBack: 0, averageReceipt: 120 });
    expect(next.tenders).toEqual({ cash: 120, card: 0, bonus: 0, credit: 0, prepayment: 0 });

    const before = summary(source, { scope: 'day', date: '2026-05-03' });
    expect(before.hours).toEqual([{ hour: '2026-05-03T23', sales: 240, refunds: 0, net: 240, receipts: 1 }]);
    // 3,00 given, 0,60 change: the drawer kept 2,40.
    expect(before.tenders.cash).toBe(240);
  });

  it('counts the current shift from the last Z report, across midnight, hour by hour without gaps', () => {
    const shift = summary(tradingDays(), { scope: 'shift' });
    expect(shift.hours).toHaveLength(16);
    expect(shift.hours[0]!.hour).toBe('2026-05-04T09');
    expect(shift.hours.slice(3, 15).every((h) => h.sales === 0 && h.refunds === 0)).toBe(true);
    expect(shift.hours.at(-1)).toEqual({ hour: '2026-05-05T00', sales: 120, refunds: 0, net: 120, receipts: 1 });
    // 21,50 / 4 = 5,375: half up, 5,38.
    expect(shift.totals).toEqual({ net: 1575, sales: 2150, receipts: 4, refunds: 575, refundCount: 2, rolledBack: 2, averageReceipt: 538 });
    expect(shift.tenders).toEqual({ cash: 756, card: 45, bonus: 74, credit: 200, prepayment: 500 });
    expect(shift.unsettled).toBe(1);
  });

  it('has nothing for a day without documents, and nothing in a shift just closed by its Z report', () => {
    const days = timedJournal(tempDir());
    days.add(sale({ tenders: tenders({ cash: 546 }) }), '2026-05-04T05:10:00Z');
    days.add({ kind: 'closeShift', cashierName: cashier }, '2026-05-04T18:00:00Z');
    const source = new SettledDocuments(days.db);
    for (const scope of [{ scope: 'shift' }, { scope: 'day', date: '2026-05-06' }] as const) {
      expect(summary(source, scope)).toMatchObject({
        hours: [],
        totals: { net: 0, sales: 0, receipts: 0, refunds: 0, refundCount: 0, rolledBack: 0, averageReceipt: 0 },
        tenders: { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 },
        topByAmount: [],
        topByQuantity: [],
        unsettled: 0,
      });
    }
  });

  it('ranks at most ten products, largest first', () => {
    const days = timedJournal(tempDir());
    const lines = Array.from({ length: 12 }, (_, i) => line({ name: `Məhsul ${i + 1}`, code: `P${i + 1}`, price: 100 * (i + 1), quantity: 1000 * (12 - i) }));
    days.add(sale({ lines, tenders: tenders({ card: lines.reduce((sum, l) => sum + l.price * (l.quantity / 1000), 0) }) }), '2026-05-04T05:10:00Z');
    const day = summary(new SettledDocuments(days.db), { scope: 'day', date: '2026-05-04' });
    // Product i sells (i + 1) × 1,00 × (12 − i): P6 and P7 are worth 42,00 each, and the one
    // that sold more pieces comes first.
    expect(day.topByAmount.map((p) => p.code)).toEqual(['P6', 'P7', 'P5', 'P8', 'P4', 'P9', 'P3', 'P10', 'P2', 'P11']);
    expect(day.topByQuantity.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10']);
  });
});

describe('the average receipt', () => {
  it.each([
    [0, 0, 0],
    [5, 2, 3],
    [7, 4, 2],
    [9, 4, 2],
    [10, 4, 3],
    [2030, 3, 677],
    [2029, 3, 676],
  ])('%i over %i receipts is %i, half up', (sum, count, expected) => {
    expect(averageHalfUp(sum, count)).toBe(expected);
  });
});
