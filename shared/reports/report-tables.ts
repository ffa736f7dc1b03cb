import type { TFunction } from 'i18next';
import { formatDateTime } from '../date';
import type { ShiftReport } from '../fiscal/shift-report';
import { documentKindKey, journalStateKey } from '../i18n/document-keys';
import { formatLocale, type Locale } from '../locale';
import { formatMoney, type Currency } from '../money';
import type { ControlTapeRow, ControlTapeView } from './control-tape';
import { figureKey, sectionKey, tenderKey } from './labels';
import { isMoneyFigure, isUnexplained, type ReconciliationRow } from './report-rows';
import { reportShape, type ReportCapabilities } from './report-shape';

/**
 * Reports as tables of typed cells, built once for every place that shows them: the screen, the
 * printout, the PDF and the CSV. Each of those decides how a cell is written (a CSV keeps plain
 * numbers, the screen formats money in the locale).
 */
export type ReportCell =
  | { kind: 'text'; text: string }
  | { kind: 'money'; value: number }
  | { kind: 'count'; value: number }
  | { kind: 'time'; iso: string }
  | { kind: 'empty' };

export interface ReportColumn {
  label: string;
  numeric: boolean;
}

export interface ReportRow {
  key: string;
  cells: ReportCell[];
  /** A difference between the journal and the device. */
  highlight: boolean;
}

export interface ReportTable {
  id: string;
  heading: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export interface ReportFact {
  label: string;
  value: ReportCell;
}

export interface ReportDocument {
  title: string;
  facts: ReportFact[];
  tables: ReportTable[];
}

export interface ReportFormat {
  t: TFunction;
  locale: Locale;
  currency: Currency;
  /** The reporting device's capabilities: its X and Z tables show only the operations and tenders it has (report-shape.ts). Unknown: all. */
  device?: ReportCapabilities | null;
}

const text = (value: string): ReportCell => ({ kind: 'text', text: value });
const money = (value: number | null | undefined): ReportCell => (value === null || value === undefined ? { kind: 'empty' } : { kind: 'money', value });
const count = (value: number | null | undefined): ReportCell => (value === null || value === undefined ? { kind: 'empty' } : { kind: 'count', value });
const empty: ReportCell = { kind: 'empty' };

export function cellText(cell: ReportCell, { locale, currency }: Pick<ReportFormat, 'locale' | 'currency'>): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'money':
      return formatMoney(cell.value, currency, locale);
    case 'count':
      return new Intl.NumberFormat(formatLocale[locale], { useGrouping: false }).format(cell.value);
    case 'time':
      return formatDateTime(new Date(cell.iso), locale);
    case 'empty':
      return '—';
  }
}

export function vatRateLabel(t: TFunction, percent: number | null): string {
  return percent === null ? t('reports.vatFree') : t('reports.vatRate', { percent });
}

/** "Sales · Card", "Sales · Turnover at 18 %", "Documents · First document №". */
export function figureLabel(t: TFunction, row: Pick<ReconciliationRow, 'section' | 'figure' | 'vatPercent'>): string {
  const figure = row.figure === 'vat' ? t(figureKey.vat, { rate: vatRateLabel(t, row.vatPercent ?? null) }) : t(figureKey[row.figure]);
  return `${t(sectionKey[row.section])} · ${figure}`;
}

const column = (label: string, numeric = true): ReportColumn => ({ label, numeric });

/** The figures of an X or Z report: facts, the operations with their tenders, and VAT per rate. */
export function shiftReportTables({ t, device }: ReportFormat, report: ShiftReport): Pick<ReportDocument, 'facts' | 'tables'> {
  const facts: ReportFact[] = [];
  if (report.reportNumber) facts.push({ label: t('reports.fact.reportNumber'), value: text(report.reportNumber) });
  if (report.shiftOpenedAt) facts.push({ label: t('reports.fact.shiftOpened'), value: { kind: 'time', iso: report.shiftOpenedAt } });
  if (report.createdAt) facts.push({ label: t('reports.fact.createdAt'), value: { kind: 'time', iso: report.createdAt } });
  facts.push(
    { label: t(figureKey.first), value: count(report.firstDocumentNumber || null) },
    { label: t(figureKey.last), value: count(report.lastDocumentNumber || null) },
  );
  if (report.documentsToSend !== undefined) facts.push({ label: t('reports.fact.toSend'), value: count(report.documentsToSend) });
  facts.push(
    { label: t('reports.fact.turnover'), value: money(report.period.total) },
    { label: t(figureKey.vatable), value: money(report.period.vatable) },
    { label: t(figureKey.vatZero), value: money(report.period.vatZero) },
    { label: t(figureKey.vatFree), value: money(report.period.vatFree) },
    { label: t(figureKey.tax), value: money(report.vatTotal) },
  );

  const shape = reportShape(device, report);
  const operations: ReportTable = {
    id: 'operations',
    heading: t('reports.table.operations'),
    columns: [column(t('reports.column.operation'), false), column(t(figureKey.count)), column(t(figureKey.total)), ...shape.tenders.map((f) => column(t(figureKey[f])))],
    rows: [
      ...shape.sections.map((section) => {
        const totals = report[section];
        return { key: section, highlight: false, cells: [text(t(sectionKey[section])), count(totals.count), money(totals.total), ...shape.tenders.map((f) => money(totals[f]))] };
      }),
      // Cash in and out are cash alone: their total under the cash column, the other tenders empty.
      ...shape.cashMovements.map((section) => ({
        key: section,
        highlight: false,
        cells: [text(t(sectionKey[section])), count(report[section].count), money(report[section].total), ...shape.tenders.map((f) => (f === 'cash' ? money(report[section].total) : empty))],
      })),
    ],
  };
  const vat: ReportTable = {
    id: 'vat',
    heading: t('reports.table.vat'),
    columns: [column(t('reports.column.operation'), false), column(t('reports.column.rate'), false), column(t('reports.column.amount'))],
    rows: shape.sections.flatMap((section) =>
      report[section].vat.map((v, i) => ({ key: `${section}-${i}`, highlight: false, cells: [text(t(sectionKey[section])), text(vatRateLabel(t, v.percent)), money(v.gross)] })),
    ),
  };
  return { facts, tables: [operations, vat] };
}

/** Journal against device, one figure a row; the rows that differ are highlighted. */
export function comparisonTable({ t }: ReportFormat, id: string, heading: string, rows: readonly ReconciliationRow[]): ReportTable {
  const value = (row: ReconciliationRow, v: number | null) => (isMoneyFigure(row.figure) ? money(v) : count(v));
  return {
    id,
    heading,
    columns: [column(t('reports.column.figure'), false), column(t('reports.column.journal')), column(t('reports.column.device')), column(t('reports.column.difference'))],
    rows: rows.map((row) => ({
      key: `${row.section}.${row.figure}.${String(row.vatPercent ?? '')}`,
      highlight: isUnexplained(row),
      cells: [
        text(figureLabel(t, row)),
        value(row, row.journal),
        value(row, row.device),
        row.journal !== null && row.device !== null && row.differs ? value(row, row.journal - row.device) : empty,
      ],
    })),
  };
}

function whereLabel(t: TFunction, row: ControlTapeRow): string {
  if (row.onDevice === null) return t('reports.tape.notRead');
  return row.onDevice ? t('reports.tape.onDevice') : t('reports.tape.notOnDevice');
}

/** The shift's documents, then what the device booked of them per kind and per tender. */
export function controlTapeTables({ t }: ReportFormat, view: ControlTapeView): ReportTable[] {
  const kindLabel = (kind: ControlTapeRow['kind'], deviceType: string | null) => (kind ? t(documentKindKey[kind]) : (deviceType ?? '?'));
  const tape: ReportTable = {
    id: 'tape',
    heading: t('reports.table.tape'),
    columns: [
      column(t('reports.column.number')),
      column(t('reports.column.time'), false),
      column(t('reports.column.document'), false),
      column(t('reports.column.state'), false),
      column(t('reports.column.device'), false),
      column(t(figureKey.total)),
      column(t(figureKey.tax)),
      column(t(tenderKey.cash)),
      column(t(tenderKey.card)),
      column(t('reports.column.otherTenders')),
    ],
    rows: view.rows.map((row, i) => ({
      key: row.uuid ?? `device-${i}`,
      highlight: row.mismatch,
      cells: [
        count(row.number),
        row.createdAt ? { kind: 'time', iso: row.createdAt } : empty,
        text(row.openingFloat ? t('reports.tape.openingFloat') : kindLabel(row.kind, row.deviceType)),
        text(row.state ? t(journalStateKey[row.state]) : t('reports.tape.notInJournal')),
        text(whereLabel(t, row)),
        money(row.total),
        money(row.tax),
        money(row.tenders?.cash),
        money(row.tenders?.card),
        money(row.tenders ? row.tenders.bonus + row.tenders.credit + row.tenders.prepayment : null),
      ],
    })),
  };
  const totals: ReportTable = {
    id: 'tape-totals',
    heading: t('reports.table.tapeTotals'),
    columns: [column(t('reports.column.document'), false), column(t(figureKey.count)), column(t(figureKey.total))],
    rows: view.totals.byKind.map((k, i) => ({ key: `${k.kind ?? 'other'}-${i}`, highlight: false, cells: [text(kindLabel(k.kind, null)), count(k.count), money(k.total)] })),
  };
  const tenders: ReportTable = {
    id: 'tape-tenders',
    heading: t('reports.table.tapeTenders'),
    columns: [column(t('reports.column.tender'), false), column(t('reports.column.amount'))],
    rows: (Object.keys(tenderKey) as (keyof typeof tenderKey)[]).map((tender) => ({ key: tender, highlight: false, cells: [text(t(tenderKey[tender])), money(view.totals.tenders[tender])] })),
  };
  return [tape, totals, tenders];
}

