import { DocumentResult } from '../../../shared/fiscal/device-results';
import { ShiftReport, type OperationTotals } from '../../../shared/fiscal/shift-report';
import { Count, Figure, ShiftReportAnswer, VatAmountsAnswer } from './answers';
import { parseDeviceTime } from './device-time';
import { fromWireMoney } from './wire-numbers';

/** An X or Z report answer -> our ShiftReport, in minor units (first currency: AZN only). */
export function readShiftReport(data: unknown): ShiftReport {
  const a = ShiftReportAnswer.parse(data);
  const totals = a.currencies[0]!;
  const money = (key: string) => fromWireMoney(Figure.parse(totals[key]));
  const count = (key: string) => Count.parse(totals[key]);
  const operation = (prefix: string): OperationTotals => ({
    count: count(`${prefix}Count`),
    total: money(`${prefix}Sum`),
    cash: money(`${prefix}CashSum`),
    cashless: money(`${prefix}CashlessSum`),
    bonus: money(`${prefix}BonusSum`),
    credit: money(`${prefix}CreditSum`),
    prepayment: money(`${prefix}PrepaymentSum`),
    vat: VatAmountsAnswer.parse(totals[`${prefix}VatAmounts`]).map((v) => ({
      percent: v.vatPercent ?? null,
      gross: fromWireMoney(v.vatSum),
    })),
  });
  const withdraw = (totals.withdrawCount ?? totals.withDrawCount) === undefined ? 'withDraw' : 'withdraw';
  // Checked against our schema: a figure beyond a safe integer is not a figure the journal can keep.
  return ShiftReport.parse({
    currency: totals.currency,
    reportNumber: a.reportNumber,
    documentId: a.documentId,
    shiftOpenedAt: parseDeviceTime(a.shiftOpenAtUtc, 'utc'),
    createdAt: parseDeviceTime(a.createdAtUtc, 'utc'),
    firstDocumentNumber: a.firstDocNumber,
    lastDocumentNumber: a.lastDocNumber,
    documentsToSend: a.docCountToSend,
    sale: operation('sale'),
    moneyBack: operation('moneyBack'),
    rollback: operation('rollback'),
    correction: operation('correction'),
    creditPay: operation('creditpay'),
    prepayment: operation('prepay'),
    deposit: { count: count('depositCount'), total: money('depositSum') },
    withdraw: { count: count(`${withdraw}Count`), total: money(`${withdraw}Sum`) },
    period: {
      total: money('periodSum'),
      vatable: money('periodVatSum'),
      vatZero: money('periodVatZeroSum'),
      vatFree: money('periodVatFreeSum'),
    },
    vatTotal: money('vatSum'),
  });
}

/** closeShift's answer as a document: the Z report is a fiscal document with its own id. */
export function readZReportDocument(data: unknown): DocumentResult {
  const report = readShiftReport(data);
  const number = Number(report.reportNumber);
  if (!report.documentId || !Number.isInteger(number)) throw new Error('A Z report answer needs document_id and reportNumber');
  return DocumentResult.parse({ documentId: report.documentId, documentNumber: number, shortDocumentId: report.documentId.slice(0, 12), report });
}
