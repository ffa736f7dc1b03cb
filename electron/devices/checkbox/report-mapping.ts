import type { ControlTape, PeriodicReport } from '../../../shared/fiscal/device-results';
import type { DocumentKind } from '../../../shared/devices/capabilities';
import type { OperationTotals, ShiftReport } from '../../../shared/fiscal/shift-report';
import type { ReceiptAnswer, ReportAnswer } from './answers';
import { groupOfRow } from './tax-groups';

const none: OperationTotals = { count: 0, total: 0, cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0, vat: [] };

type Side = 'sell' | 'return';

function paid(report: ReportAnswer, type: 'CASH' | 'CASHLESS', side: Side): number {
  return report.payments.filter((p) => p.type === type).reduce((sum, p) => sum + (side === 'sell' ? p.sell_sum : p.return_sum), 0);
}

function turnover(row: ReportAnswer['taxes'][number], side: Side): number {
  return side === 'sell' ? row.sales_turnover : row.returns_turnover;
}

/** Our VAT percent of a row: null for "without VAT", as the journal keys it. */
function percentOf(row: ReportAnswer['taxes'][number]): number | null {
  return groupOfRow(row) === 'vatFree' ? null : row.rate;
}

/** The rows of our groups: an excise row's turnover repeats goods already counted under their group. */
function groupRows(report: ReportAnswer): ReportAnswer['taxes'] {
  return report.taxes.filter((row) => groupOfRow(row) !== undefined);
}

function operation(report: ReportAnswer, side: Side, count: number): OperationTotals {
  const vat = groupRows(report).filter((row) => turnover(row, side) !== 0).map((row) => ({ percent: percentOf(row), gross: turnover(row, side) }));
  return {
    ...none,
    count,
    // Each good carries exactly one code of our groups, so their turnovers add up to the receipts' sums.
    total: vat.reduce((sum, v) => sum + v.gross, 0),
    cash: paid(report, 'CASH', side),
    cashless: paid(report, 'CASHLESS', side),
    vat,
  };
}

/**
 * An X or Z report of the service in the journal's terms. The report has no document range and
 * no counts of cash in and out: those come from the shift's receipts (`receipts`, from search).
 */
export function shiftReportOf(report: ReportAnswer, receipts: readonly ReceiptAnswer[]): ShiftReport {
  const counted = receipts.filter((r) => r.status !== 'ERROR' && r.status !== 'CANCELLED');
  const serials = counted.map((r) => r.serial);
  const service = (type: 'SERVICE_IN' | 'SERVICE_OUT', figure: 'service_in' | 'service_out') => ({
    count: counted.filter((r) => r.type === type).length,
    total: report.payments.reduce((sum, p) => sum + p[figure], 0),
  });
  const period = { total: 0, vatable: 0, vatZero: 0, vatFree: 0 };
  let vatTotal = 0;
  for (const row of groupRows(report)) {
    const net = row.sales_turnover - row.returns_turnover;
    const group = groupOfRow(row);
    period.total += net;
    if (group === 'vatFree') period.vatFree += net;
    else if (group === 'vat0') period.vatZero += net;
    else period.vatable += net;
    vatTotal += row.sell_sum - row.return_sum;
  }
  return {
    currency: 'UAH',
    reportNumber: String(report.serial),
    documentId: report.id,
    createdAt: report.created_at,
    ...(serials.length > 0 ? { firstDocumentNumber: Math.min(...serials), lastDocumentNumber: Math.max(...serials) } : {}),
    sale: operation(report, 'sell', report.sell_receipts_count),
    moneyBack: operation(report, 'return', report.return_receipts_count),
    rollback: none,
    correction: none,
    creditPay: none,
    prepayment: none,
    deposit: service('SERVICE_IN', 'service_in'),
    withdraw: service('SERVICE_OUT', 'service_out'),
    period,
    vatTotal,
  };
}

const kindOfType: Record<string, DocumentKind> = { SELL: 'sale', RETURN: 'moneyBack', SERVICE_IN: 'deposit', SERVICE_OUT: 'withdraw' };

/** The shift's receipts as the control tape. */
export function controlTapeOf(shift: { serial: number; opened_at?: string | null }, receipts: readonly ReceiptAnswer[]): ControlTape {
  return {
    shiftNumber: shift.serial,
    ...(shift.opened_at ? { shiftOpenedAt: shift.opened_at } : {}),
    entries: receipts.map((r) => ({
      documentId: r.id,
      ...(r.fiscal_code ? { shortDocumentId: r.fiscal_code } : {}),
      number: r.serial,
      type: r.type,
      ...(kindOfType[r.type] ? { kind: kindOfType[r.type] } : {}),
      createdAt: r.created_at,
      ...(r.goods ? { itemCount: r.goods.length } : {}),
      total: r.total_sum,
      vat: (r.taxes ?? []).reduce((sum, t) => sum + t.value, 0),
      delivered: r.status === 'DONE' && !r.is_created_offline,
    })),
  };
}

/** The Z reports of a period added up, by the service's figure names. */
export function periodicReportOf(from: Date, to: Date, reports: readonly ReportAnswer[]): PeriodicReport {
  const figures: Record<string, number> = { z_reports: reports.length, sell_receipts_count: 0, return_receipts_count: 0 };
  const add = (name: string, value: number) => (figures[name] = (figures[name] ?? 0) + value);
  for (const report of reports) {
    add('sell_receipts_count', report.sell_receipts_count);
    add('return_receipts_count', report.return_receipts_count);
    for (const p of report.payments) {
      const type = p.type.toLowerCase();
      add(`${type}_sell_sum`, p.sell_sum);
      add(`${type}_return_sum`, p.return_sum);
      add(`${type}_service_in`, p.service_in);
      add(`${type}_service_out`, p.service_out);
    }
    for (const t of report.taxes) {
      add(`tax_${t.code}_sell_sum`, t.sell_sum);
      add(`tax_${t.code}_return_sum`, t.return_sum);
    }
  }
  return { startDate: from.toISOString(), endDate: to.toISOString(), figures };
}
