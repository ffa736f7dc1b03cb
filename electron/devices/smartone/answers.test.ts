import { describe, expect, it } from 'vitest';
import { outcomeOf, readAnswer } from './client';
import { readShiftReport } from './report-mapping';
import { readShiftStatus } from './results';

/** The X report answer of seed 002 (integration 2.8.4), as the document prints it. */
const seed002 = {
  cash: 9100, cashRest: 7800, corrBonusesSum: 0, corrCashSum: 0, corrCashlessSum: 0, corrCount: 0, corrCreditSum: 0, corrPrepaymentSum: 0, corrSum: 0, corrVatAmounts: [],
  creditpayBonusesSum: 0, creditpayCashSum: 0, creditpayCashlessSum: 0, creditpayCount: 0, creditpayCreditSum: 0, creditpayPrepaymentSum: 0, creditpaySum: 0, creditpayVatAmounts: [],
  departmentName: '', depositCount: 0, depositSum: 0, docCountToSend: 0, employeeName: null, firstDocNumber: '', lastDocNumber: '',
  moneyBackBonusesSum: 0, moneyBackCashSum: 0, moneyBackCashlessSum: 0, moneyBackCount: 0, moneyBackCreditSum: 0, moneyBackPrepaymentSum: 0, moneyBackSum: 0, moneyBackVatAmounts: [],
  openOrdersCnt: 0, prepayBonusesSum: 0, prepayCashSum: 0, prepayCashlessSum: 0, prepayCount: 0, prepayCreditSum: 0, prepayPrepaymentSum: 0, prepaySum: 0, prepayVatAmounts: [],
  reportNumber: '', rollbackBonusesSum: 0, rollbackCashSum: 0, rollbackCashlessSum: 0, rollbackCount: 0, rollbackCreditSum: 0, rollbackPrepaymentSum: 0, rollbackSum: 0, rollbackVatAmounts: [],
  saleBonusesSum: 0, saleCashSum: 1300, saleCashlessSum: 692, saleCount: 2, saleCreditSum: 0, salePrepaymentCashSum: 0, salePrepaymentCashlessSum: 21000, salePrepaymentSum: 21000, saleSum: 22992,
  saleVatAmounts: [{ calcSum: 1992, calcType: 1, fullName: 'TVA 20%', originSum: 22992, taxCode: 'A', taxType: 0, vatAmount: 332, vatName: 'TVA', vatPercent: 2000, vatSum: 22992 }],
  shiftID: 9, shiftOpenAt: '', status: 'success', toPrint: 1, withdrawCount: 0, withdrawSum: 0, wsName: '',
};

describe('SmartOne answers', () => {
  it('reads the seed-002 X report: empty strings for absent numbers and dates, null employee', () => {
    const report = readShiftReport(seed002);
    expect(report).toMatchObject({ currency: 'AZN', shiftOpenedAt: undefined, firstDocumentNumber: undefined, lastDocumentNumber: undefined, documentsToSend: 0, reportNumber: undefined });
    expect(report.sale).toEqual({ count: 2, total: 22992, cash: 1300, cashless: 692, bonus: 0, credit: 0, prepayment: 21000, vat: [{ percent: 20, gross: 22992 }] });
    expect(report.vatTotal).toBe(332);
    expect(report.period).toEqual({ total: 22992, vatable: 22992, vatZero: 0, vatFree: 0 });
  });

  it('reads numbers sent as strings, and "" dates, liberally', () => {
    const report = readShiftReport({ ...seed002, saleCount: '2', saleSum: '22992', firstDocNumber: '1001', lastDocNumber: '1002', shiftOpenAt: '2026-12-07 09:30' });
    expect(report).toMatchObject({ firstDocumentNumber: 1001, lastDocumentNumber: 1002, shiftOpenedAt: '2026-12-07T05:30:00.000Z', sale: { count: 2, total: 22992 } });
  });

  it('check 15: isShiftOpen as the string "true"/"false" and as a boolean; shiftOpenAt "" tolerated', () => {
    expect(readShiftStatus({ isShiftOpen: 'true', shiftOpenAt: '2026-12-07 08:00:00', shiftID: 3 })).toMatchObject({ open: true, openedAt: '2026-12-07T04:00:00.000Z', shiftId: 3 });
    expect(readShiftStatus({ isShiftOpen: 'false', shiftOpenAt: '' })).toMatchObject({ open: false, openedAt: undefined });
    expect(readShiftStatus({ isShiftOpen: true, shiftOpenAt: '' })).toMatchObject({ open: true, openedAt: undefined });
    expect(readShiftStatus({ isShiftOpen: false })).toMatchObject({ open: false });
    expect(readShiftStatus({ shiftStatus: 1 })).toMatchObject({ open: true });
    expect(() => readShiftStatus({ isShiftOpen: 'yes' })).toThrow();
  });

  it.each([
    [500, '{"status":"success","code":0}', 'http_status'],
    [200, '', 'empty_body'],
    [200, '<html>', 'not_json'],
    [200, '{"code":0}', 'invalid_answer'],
    [200, '{"status":"success","code":8}', 'invalid_answer'],
    [200, '{"status":"error","code":0}', 'invalid_answer'],
  ])('an answer %i %s is unknown (%s), never refused', (status, body, reason) => {
    expect(readAnswer('sale', status, body)).toMatchObject({ kind: 'unknown', reason, sent: true });
  });

  it('a document answer without its ids is unknown, not done', () => {
    expect(outcomeOf(readAnswer('sale', 200, '{"status":"success","code":0}'), () => {
      throw new Error('no documentID');
    })).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
  });

  it.each([
    ['open_shift', 6, 'open_shift.6'],
    ['sale', 6, '6'],
    ['withdraw', 9, 'withdraw.9'],
    ['refund', 9, '9'],
    ['creditpay', 13, '13'],
  ] as const)('decodes %s code %i per route as %s', (route, code, refused) => {
    expect(readAnswer(route, 200, JSON.stringify({ status: 'error', code }))).toMatchObject({ meaning: { kind: 'refused', code: refused } });
  });

  it.each([
    ['sale', 15, 'not_printed'],
    ['creditpay', 15, 'not_printed'],
    ['refund', 5, 'internal_error'],
    ['check_status', 44, 'processing'],
  ] as const)('%s code %i may have committed: uncertain (%s)', (route, code, reason) => {
    expect(readAnswer(route, 200, JSON.stringify({ status: 'error', code }))).toMatchObject({ meaning: { kind: 'uncertain', reason } });
  });

  it('code 9 on a lookup is a definite "not found"', () => {
    expect(readAnswer('check_status', 200, '{"status":"error","code":9}')).toMatchObject({ meaning: { kind: 'notFound' } });
  });
});
