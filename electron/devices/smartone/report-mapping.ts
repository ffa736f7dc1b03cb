import type { OperationTotals, ShiftReport } from '../../../shared/fiscal/shift-report';
import type { OperationSection } from '../../../shared/reports/report-rows';
import { Figure, ShiftReportAnswer, VatAmounts } from './answers';
import { parseDeviceTime } from './device-time';
import { reportPercent } from './tax-groups';

/** The device's prefix of each section's figures (seed 002: saleCount, corrSum, creditpayCashSum...). */
const prefixOf: Record<OperationSection, string> = {
  sale: 'sale',
  moneyBack: 'moneyBack',
  rollback: 'rollback',
  correction: 'corr',
  creditPay: 'creditpay',
  prepayment: 'prepay',
};

/** Turnover: sales, advances and corrections in, refunds and rollbacks out. */
const turnoverSign: Record<OperationSection, 0 | 1 | -1> = { sale: 1, prepayment: 1, correction: 1, moneyBack: -1, rollback: -1, creditPay: 0 };

/** One figure, under either spelling the documents use (the seed's table says saleBonusSum, its example saleBonusesSum). */
function figure(answer: Record<string, unknown>, ...names: string[]): number {
  const name = names.find((n) => answer[n] !== undefined && answer[n] !== null);
  return name === undefined ? 0 : Figure.parse(answer[name]);
}

function section(answer: Record<string, unknown>, prefix: string): { totals: OperationTotals; tax: number } {
  const vat = VatAmounts.parse(answer[`${prefix}VatAmounts`]);
  const totals = {
    count: figure(answer, `${prefix}Count`),
    total: figure(answer, `${prefix}Sum`),
    cash: figure(answer, `${prefix}CashSum`),
    cashless: figure(answer, `${prefix}CashlessSum`),
    bonus: figure(answer, `${prefix}BonusesSum`, `${prefix}BonusSum`),
    credit: figure(answer, `${prefix}CreditSum`),
    prepayment: figure(answer, `${prefix}PrepaymentSum`),
    vat: vat.map((v) => ({ percent: reportPercent(v.vatPercent, v.fullName), gross: v.vatSum ?? 0 })),
  };
  return { totals, tax: vat.reduce((sum, v) => sum + v.vatAmount, 0) };
}

/**
 * An X report (seed 002) or a Z answer of /close_shift as the app's ShiftReport. The device
 * gives no turnover block: it is summed from the sections as the journal sums it.
 */
export function readShiftReport(json: unknown): ShiftReport {
  const answer = ShiftReportAnswer.parse(json) as ShiftReportAnswer;
  const period = { total: 0, vatable: 0, vatZero: 0, vatFree: 0 };
  let vatTotal = 0;
  const sections = {} as Record<OperationSection, OperationTotals>;
  for (const name of Object.keys(prefixOf) as OperationSection[]) {
    const { totals, tax } = section(answer, prefixOf[name]);
    sections[name] = totals;
    const sign = turnoverSign[name];
    vatTotal += sign * tax;
    for (const line of totals.vat) {
      period.total += sign * line.gross;
      if (line.percent === null) period.vatFree += sign * line.gross;
      else if (line.percent === 0) period.vatZero += sign * line.gross;
      else period.vatable += sign * line.gross;
    }
  }
  return {
    currency: 'AZN',
    reportNumber: answer.reportNumber ?? (answer.fiscalShiftNum === undefined ? undefined : String(answer.fiscalShiftNum)),
    documentId: answer.fiscalShiftID ?? (answer.shiftID === undefined ? undefined : String(answer.shiftID)),
    shiftOpenedAt: parseDeviceTime(answer.shiftOpenAt),
    firstDocumentNumber: answer.firstDocNumber,
    lastDocumentNumber: answer.lastDocNumber,
    documentsToSend: answer.docCountToSend,
    ...sections,
    deposit: { count: figure(answer, 'depositCount'), total: figure(answer, 'depositSum') },
    withdraw: { count: figure(answer, 'withdrawCount'), total: figure(answer, 'withdrawSum') },
    period,
    vatTotal,
  };
}
