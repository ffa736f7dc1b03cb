import type { PeriodicView, Reconciliation } from './channels';
import type { ControlTapeView } from './control-tape';
import { overShort, type CashCount } from '../fiscal/cash-count';
import { comparisonTable, controlTapeTables, shiftReportTables, type ReportDocument, type ReportFact, type ReportFormat } from './report-tables';
import type { ZReportRecord } from './z-report';

/** Each report as a whole document: what the PDF, the CSV and the printout hold. */
export function xReportDocument(format: ReportFormat, reconciliation: Reconciliation): ReportDocument {
  const { t } = format;
  const shift = shiftReportTables(format, reconciliation.device);
  return {
    title: t('reports.export.xTitle'),
    facts: [...shift.facts, { label: t('reports.fact.differences'), value: { kind: 'count', value: reconciliation.differences } }],
    tables: [...shift.tables, comparisonTable(format, 'reconciliation', t('reports.table.reconciliation'), reconciliation.rows)],
  };
}

export function zReportDocument(format: ReportFormat, record: ZReportRecord): ReportDocument {
  const { t } = format;
  const shift = shiftReportTables(format, record.device);
  return {
    title: t('reports.export.zTitle', { number: record.reportNumber }),
    facts: [
      { label: t('reports.fact.cashier'), value: { kind: 'text', text: record.cashierName } },
      ...shift.facts,
      { label: t('reports.fact.differences'), value: { kind: 'count', value: record.differences } },
      ...(record.cashCount ? cashCountFacts(format, record.cashCount) : []),
    ],
    tables: [
      ...shift.tables,
      comparisonTable(format, 'reconciliation', t('reports.table.zReconciliation'), record.rows),
      ...(record.beforeClose ? [comparisonTable(format, 'before-close', t('reports.table.beforeClose'), record.beforeClose.rows)] : []),
    ],
  };
}

/** The blind count kept with a Z: what was expected, what was counted, and the over or short in words. */
export function cashCountFacts({ t }: ReportFormat, count: CashCount): ReportFact[] {
  const difference = overShort(count);
  const label = difference > 0 ? t('till.count.over') : difference < 0 ? t('till.count.short') : t('till.count.agrees');
  return [
    { label: t('till.count.expected'), value: { kind: 'money', value: count.expected } },
    { label: t('till.count.counted'), value: { kind: 'money', value: count.counted } },
    { label, value: { kind: 'money', value: Math.abs(difference) } },
  ];
}

export function periodicDocument(format: ReportFormat, view: PeriodicView): ReportDocument {
  const { t } = format;
  return {
    title: t('reports.export.periodicTitle'),
    facts: [
      { label: t('reports.fact.from'), value: { kind: 'time', iso: view.from } },
      { label: t('reports.fact.to'), value: { kind: 'time', iso: view.to } },
      { label: t('reports.fact.differences'), value: { kind: 'count', value: view.differences } },
    ],
    tables: [comparisonTable(format, 'periodic', t('reports.table.periodic'), view.rows)],
  };
}

export function controlTapeDocument(format: ReportFormat, view: ControlTapeView): ReportDocument {
  const { t } = format;
  return {
    title: t('reports.export.tapeTitle'),
    facts: [
      ...(view.shiftNumber === null ? [] : [{ label: t('reports.fact.shiftNumber'), value: { kind: 'count' as const, value: view.shiftNumber } }]),
      { label: t('reports.fact.mismatches'), value: { kind: 'count', value: view.totals.mismatches } },
      ...(view.deviceTape ? [] : [{ label: t('reports.fact.note'), value: { kind: 'text' as const, text: t('reports.tape.deviceUnread') } }]),
    ],
    tables: controlTapeTables(format, view),
  };
}
