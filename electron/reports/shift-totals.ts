import { vatPercent } from '../../shared/fiscal/catalogue-types';
import { taxIncluded } from '../../shared/fiscal/receipt-math';
import type { OperationTotals, ShiftReport } from '../../shared/fiscal/shift-report';
import { operationSections, type OperationSection } from '../../shared/reports/report-rows';
import type { DocumentFigures } from './document-figures';

/** A document the device fiscalised, as the journal knows it: its figures and the device's number. */
export interface BookedDocument {
  figures: DocumentFigures;
  number: number | undefined;
}

export interface ShiftInput {
  currency: string;
  documents: readonly BookedDocument[];
  /** Opening floats the device booked as deposit documents of their own (float-booking.ts); none where it does not. */
  openingFloats: readonly number[];
}

/** Turnover counts sales, advances and corrections in, refunds and rollbacks out; a credit payment settles an earlier sale. */
const turnoverSign: Partial<Record<DocumentFigures['section'], 1 | -1>> = { sale: 1, prepayment: 1, correction: 1, moneyBack: -1, rollback: -1 };

/**
 * The figures a Caspos X or Z report gives, computed from the journal alone: the same fields,
 * so the two can be compared one by one (report-rows.ts).
 */
export function shiftTotals({ currency, documents, openingFloats }: ShiftInput): ShiftReport {
  const bySection = new Map<DocumentFigures['section'], DocumentFigures[]>();
  const period = { total: 0, vatable: 0, vatZero: 0, vatFree: 0 };
  let tax = 0;
  for (const { figures } of documents) {
    const list = bySection.get(figures.section) ?? [];
    list.push(figures);
    bySection.set(figures.section, list);
    const sign = turnoverSign[figures.section];
    if (!sign) continue;
    for (const { vatRate, gross } of figures.vat) {
      period.total += sign * gross;
      if (vatRate === 'vatFree') period.vatFree += sign * gross;
      else if (vatRate === 'vat0') period.vatZero += sign * gross;
      else period.vatable += sign * gross;
      tax += sign * taxIncluded(gross, vatRate);
    }
  }
  const operation = (section: OperationSection) => operationTotals(bySection.get(section) ?? []);
  const cash = (section: 'deposit' | 'withdraw', extra: readonly number[] = []) => {
    const list = bySection.get(section) ?? [];
    return { count: list.length + extra.length, total: sum(list.map((f) => f.total)) + sum(extra) };
  };
  let first: number | undefined;
  let last: number | undefined;
  for (const { number } of documents) {
    if (number === undefined) continue;
    first = first === undefined ? number : Math.min(first, number);
    last = last === undefined ? number : Math.max(last, number);
  }
  const totals = Object.fromEntries(operationSections.map((section) => [section, operation(section)])) as Record<OperationSection, OperationTotals>;
  return {
    currency,
    // The opening float's deposit is numbered by the device when the shift opens, just before the
    // shift's first document; the journal has no answer with its number.
    firstDocumentNumber: first === undefined ? undefined : first - (openingFloats.length > 0 ? 1 : 0),
    lastDocumentNumber: last,
    ...totals,
    deposit: cash('deposit', openingFloats),
    withdraw: cash('withdraw'),
    period,
    vatTotal: tax,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function operationTotals(list: readonly DocumentFigures[]): OperationTotals {
  const vat = new Map<string, { percent: number | null; gross: number }>();
  for (const figures of list) {
    for (const { vatRate, gross } of figures.vat) {
      const entry = vat.get(vatRate) ?? { percent: vatPercent[vatRate], gross: 0 };
      entry.gross += gross;
      vat.set(vatRate, entry);
    }
  }
  return {
    count: list.length,
    total: sum(list.map((f) => f.total)),
    cash: sum(list.map((f) => f.tenders.cash)),
    cashless: sum(list.map((f) => f.tenders.cashless)),
    bonus: sum(list.map((f) => f.tenders.bonus)),
    credit: sum(list.map((f) => f.tenders.credit)),
    prepayment: sum(list.map((f) => f.tenders.prepayment)),
    vat: [...vat.values()],
  };
}
