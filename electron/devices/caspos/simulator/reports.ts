import { taxIncluded } from '../../../../shared/fiscal/receipt-math';
import { vatPercent } from '../../../../shared/fiscal/catalogue-types';
import { formatDeviceTime } from '../device-time';
import { vatRateOf, VatType } from '../enums';
import { toWireMoney } from '../wire-numbers';
import type { StoredDocument, TapeType } from './memory';

/**
 * X, Z and periodic reports computed from the fiscal memory, in the field names of the
 * document's examples. The document shows the figures but not the formulas; the ones chosen:
 * - `<op>VatAmounts`: the gross amount per VAT type, with `vatPercent` absent for VAT-free
 *   (the examples list `{ vatSum }` and `{ vatPercent: 18, vatSum }` that add up to the sum);
 * - `period*`: the shift's net turnover, sales + advances + corrections − refunds − rollbacks
 *   (a credit payment settles an earlier sale and is not turnover again), split by VAT kind;
 * - the opening float of openShift is a deposit document (training-device.ts).
 */
const prefixOf: Partial<Record<TapeType, string>> = {
  sale: 'sale',
  money_back: 'moneyBack',
  rollback: 'rollback',
  correction: 'correction',
  credit: 'creditpay',
  prepayment: 'prepay',
};

const turnoverSign: Partial<Record<TapeType, 1 | -1>> = { sale: 1, prepayment: 1, correction: 1, money_back: -1, rollback: -1 };

function byVatType(documents: StoredDocument[]) {
  const groups = new Map<VatType, number>();
  for (const d of documents) for (const v of d.vat) groups.set(v.vatType, (groups.get(v.vatType) ?? 0) + v.gross);
  return [...groups];
}

function vatAmounts(documents: StoredDocument[]) {
  return byVatType(documents).map(([vatType, gross]) => {
    const percent = vatPercent[vatRateOf[vatType]];
    return percent === null ? { vatSum: toWireMoney(gross) } : { vatPercent: percent, vatSum: toWireMoney(gross) };
  });
}

function sumOf(documents: StoredDocument[], pick: (d: StoredDocument) => number): number {
  return documents.reduce((total, d) => total + pick(d), 0);
}

interface Turnover {
  total: number;
  vatable: number;
  vatZero: number;
  vatFree: number;
  tax: number;
}

function turnover(documents: StoredDocument[]): Turnover {
  const result: Turnover = { total: 0, vatable: 0, vatZero: 0, vatFree: 0, tax: 0 };
  for (const d of documents) {
    const sign = turnoverSign[d.type];
    if (!sign) continue;
    for (const { vatType, gross } of d.vat) {
      const signed = sign * gross;
      result.total += signed;
      if (vatType === VatType.VatFree) result.vatFree += signed;
      else if (vatType === VatType.Vat0) result.vatZero += signed;
      else result.vatable += signed;
      result.tax += sign * taxIncluded(gross, vatRateOf[vatType]);
    }
  }
  return result;
}

export function shiftTotals(documents: StoredDocument[]) {
  const totals: Record<string, unknown> = { currency: 'AZN' };
  for (const [type, prefix] of Object.entries(prefixOf) as [TapeType, string][]) {
    const docs = documents.filter((d) => d.type === type);
    totals[`${prefix}Count`] = docs.length;
    totals[`${prefix}Sum`] = toWireMoney(sumOf(docs, (d) => d.total));
    totals[`${prefix}CashSum`] = toWireMoney(sumOf(docs, (d) => d.tenders.cash));
    totals[`${prefix}CashlessSum`] = toWireMoney(sumOf(docs, (d) => d.tenders.cashless));
    totals[`${prefix}BonusSum`] = toWireMoney(sumOf(docs, (d) => d.tenders.bonus));
    totals[`${prefix}CreditSum`] = toWireMoney(sumOf(docs, (d) => d.tenders.credit));
    totals[`${prefix}PrepaymentSum`] = toWireMoney(sumOf(docs, (d) => d.tenders.prepayment));
    totals[`${prefix}VatAmounts`] = vatAmounts(docs);
  }
  const deposits = documents.filter((d) => d.type === 'deposit');
  const withdrawals = documents.filter((d) => d.type === 'withdraw');
  totals.depositCount = deposits.length;
  totals.depositSum = toWireMoney(sumOf(deposits, (d) => d.total));
  totals.withdrawCount = withdrawals.length;
  totals.withdrawSum = toWireMoney(sumOf(withdrawals, (d) => d.total));
  const period = turnover(documents);
  totals.periodSum = toWireMoney(period.total);
  totals.periodVatSum = toWireMoney(period.vatable);
  totals.periodVatZeroSum = toWireMoney(period.vatZero);
  totals.periodVatFreeSum = toWireMoney(period.vatFree);
  totals.vatSum = toWireMoney(period.tax);
  return totals;
}

export interface ShiftInfo {
  shiftNumber: number;
  openedAt: Date;
}

/** X (no documentId) and Z (with the Z document's id) report data. */
export function shiftReportData(shift: ShiftInfo, documents: StoredDocument[], now: Date, documentId?: string) {
  const numbered = documents.filter((d) => d.type !== 'z_report');
  return {
    currencies: [shiftTotals(numbered)],
    docCountToSend: 0,
    ...(documentId ? { document_id: documentId } : {}),
    firstDocNumber: numbered[0]?.number ?? 0,
    lastDocNumber: numbered[numbered.length - 1]?.number ?? 0,
    createdAtUtc: formatDeviceTime(now, 'utc'),
    reportNumber: String(shift.shiftNumber),
    shiftOpenAtUtc: formatDeviceTime(shift.openedAt, 'utc'),
  };
}

const periodicPrefix: Partial<Record<TapeType, string>> = {
  sale: 'sale',
  money_back: 'saleReturn',
  rollback: 'cancellation',
  correction: 'correction',
  credit: 'credit',
  prepayment: 'prepayment',
};

/** The periodic report: the same figures per kind over a date range, with `start*` as the turnover before it. */
export function periodicReportData(inRange: StoredDocument[], before: StoredDocument[], from: Date, to: Date, now: Date) {
  const data: Record<string, unknown> = {};
  for (const [type, prefix] of Object.entries(periodicPrefix) as [TapeType, string][]) {
    const docs = inRange.filter((d) => d.type === type);
    const split = turnover(docs.map((d) => ({ ...d, type: 'sale' as const })));
    data[`${prefix}Count`] = docs.length;
    data[`${prefix}Total`] = toWireMoney(sumOf(docs, (d) => d.total));
    data[`${prefix}CashTotal`] = toWireMoney(sumOf(docs, (d) => d.tenders.cash));
    data[`${prefix}CashlessTotal`] = toWireMoney(sumOf(docs, (d) => d.tenders.cashless));
    data[`${prefix}BonusTotal`] = toWireMoney(sumOf(docs, (d) => d.tenders.bonus));
    data[`${prefix}CreditTotal`] = toWireMoney(sumOf(docs, (d) => d.tenders.credit));
    data[`${prefix}PrepaymentTotal`] = toWireMoney(sumOf(docs, (d) => d.tenders.prepayment));
    data[`${prefix}VatTotal`] = toWireMoney(split.vatable + split.vatZero);
    data[`${prefix}VatFreeTotal`] = toWireMoney(split.vatFree);
    data[`${prefix}Vat`] = toWireMoney(split.tax);
  }
  const cashIn = inRange.filter((d) => d.type === 'deposit');
  const cashOut = inRange.filter((d) => d.type === 'withdraw');
  data.cashInCount = cashIn.length;
  data.cashInTotal = toWireMoney(sumOf(cashIn, (d) => d.total));
  data.cashOutCount = cashOut.length;
  data.cashOutTotal = toWireMoney(sumOf(cashOut, (d) => d.total));
  const period = turnover(inRange);
  data.periodSum = toWireMoney(period.total);
  data.periodVatSum = toWireMoney(period.vatable + period.vatZero);
  data.periodVatFreeSum = toWireMoney(period.vatFree);
  const start = turnover(before);
  data.startTotal = toWireMoney(start.total);
  data.startVatTotal = toWireMoney(start.vatable + start.vatZero);
  data.startVatFreeTotal = toWireMoney(start.vatFree);
  data.date = formatDeviceTime(now, 'device');
  data.startDate = formatDeviceTime(from, 'device');
  data.endDate = formatDeviceTime(to, 'device');
  return data;
}

export function controlTapeData(shift: ShiftInfo, documents: StoredDocument[], now: Date) {
  const tape = documents
    .filter((d) => d.type !== 'z_report')
    .map((d) => ({
      createdAtUtc: formatDeviceTime(new Date(d.createdAt), 'utc'),
      document_id: d.documentId,
      item_count: d.items.length,
      total_sum: toWireMoney(d.total),
      total_vat: toWireMoney(d.vat.reduce((tax, v) => tax + taxIncluded(v.gross, vatRateOf[v.vatType]), 0)),
      delivered: true,
      number: d.number,
      short_document_id: d.shortDocumentId,
      type: d.type,
    }));
  return {
    createdAtUtc: formatDeviceTime(now, 'utc'),
    documents_quantity: tape.length,
    shift_number: shift.shiftNumber,
    shiftOpenAtUtc: formatDeviceTime(shift.openedAt, 'utc'),
    tape,
  };
}

