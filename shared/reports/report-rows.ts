import { z } from 'zod';
import type { ShiftReport } from '../fiscal/shift-report';

/** The kinds of document a shift report totals with their tenders and VAT, in the device's order. */
export const operationSections = ['sale', 'moneyBack', 'rollback', 'correction', 'creditPay', 'prepayment'] as const;
export type OperationSection = (typeof operationSections)[number];

export const ReportSection = z.enum([...operationSections, 'deposit', 'withdraw', 'period', 'documents']);
export type ReportSection = z.infer<typeof ReportSection>;

export const tenderFigures = ['cash', 'cashless', 'bonus', 'credit', 'prepayment'] as const;

export const ReportFigure = z.enum(['count', 'total', ...tenderFigures, 'vat', 'vatable', 'vatZero', 'vatFree', 'taxable', 'tax', 'first', 'last']);
export type ReportFigure = z.infer<typeof ReportFigure>;

/** Counts and document numbers are plain numbers; every other figure is money in minor units. */
export function isMoneyFigure(figure: ReportFigure): boolean {
  return figure !== 'count' && figure !== 'first' && figure !== 'last';
}

/**
 * One figure as the journal computed it and as the device reported it. `vatPercent` names the
 * rate of a `vat` row (null: VAT-free). A missing value is null: the side does not have it.
 */
/**
 * A way a device counts a figure that the API document leaves open, named so the manager is told
 * "the device counts this differently" rather than "a document is missing"
 * (electron/reports/counted-differently.ts).
 */
export const CountingDifference = z.enum(['openingFloatAsDeposit', 'openingFloatNotBooked']);
export type CountingDifference = z.infer<typeof CountingDifference>;

export const ReconciliationRow = z.object({
  section: ReportSection,
  figure: ReportFigure,
  vatPercent: z.number().nullable().optional(),
  journal: z.number().int().nullable(),
  device: z.number().int().nullable(),
  differs: z.boolean(),
  /** Set on a row that differs only because the device counts it differently: not counted as a difference. */
  countedDifferently: CountingDifference.optional(),
});
export type ReconciliationRow = z.infer<typeof ReconciliationRow>;

export interface FigureValue {
  section: ReportSection;
  figure: ReportFigure;
  vatPercent?: number | null;
  value: number | null;
}

/**
 * A report's figures one by one. VAT is keyed by its percent, summed where two regimes share it
 * (18 % and trade VAT 18 %), because that is all a Caspos report tells of a rate.
 */
export function shiftFigures(report: ShiftReport): FigureValue[] {
  const figures: FigureValue[] = [];
  for (const section of operationSections) {
    const totals = report[section];
    figures.push({ section, figure: 'count', value: totals.count }, { section, figure: 'total', value: totals.total });
    for (const figure of tenderFigures) figures.push({ section, figure, value: totals[figure] });
    const byPercent = new Map<number | null, number>();
    for (const v of totals.vat) byPercent.set(v.percent, (byPercent.get(v.percent) ?? 0) + v.gross);
    for (const [vatPercent, gross] of byPercent) figures.push({ section, figure: 'vat', vatPercent, value: gross });
  }
  for (const section of ['deposit', 'withdraw'] as const) {
    figures.push({ section, figure: 'count', value: report[section].count }, { section, figure: 'total', value: report[section].total });
  }
  const { period } = report;
  figures.push(
    { section: 'period', figure: 'total', value: period.total },
    { section: 'period', figure: 'vatable', value: period.vatable },
    { section: 'period', figure: 'vatZero', value: period.vatZero },
    { section: 'period', figure: 'vatFree', value: period.vatFree },
    { section: 'period', figure: 'tax', value: report.vatTotal },
    // A device without documents in the shift says 0; no document has number 0.
    { section: 'documents', figure: 'first', value: report.firstDocumentNumber || null },
    { section: 'documents', figure: 'last', value: report.lastDocumentNumber || null },
  );
  return figures;
}

const keyOf = (f: Pick<FigureValue, 'section' | 'figure' | 'vatPercent'>) => `${f.section}.${f.figure}.${f.vatPercent === undefined ? '' : String(f.vatPercent)}`;

/**
 * Pairs two sets of figures field by field. A VAT rate only one side has is 0 on the other (no
 * sales at that rate). Rows where both sides are zero or absent are left out unless they are a
 * count, so the table shows what happened and every kind of document once.
 */
export function compareFigures(journal: FigureValue[], device: FigureValue[]): ReconciliationRow[] {
  const rows = new Map<string, ReconciliationRow>();
  const place = (f: FigureValue, side: 'journal' | 'device') => {
    const key = keyOf(f);
    const row = rows.get(key) ?? { section: f.section, figure: f.figure, ...(f.vatPercent === undefined ? {} : { vatPercent: f.vatPercent }), journal: null, device: null, differs: false };
    row[side] = f.value;
    rows.set(key, row);
  };
  for (const f of journal) place(f, 'journal');
  for (const f of device) place(f, 'device');
  const result: ReconciliationRow[] = [];
  for (const row of rows.values()) {
    if (row.figure === 'vat') {
      row.journal ??= 0;
      row.device ??= 0;
    }
    row.differs = row.journal !== row.device;
    if (row.differs || row.figure === 'count' || Boolean(row.journal) || Boolean(row.device)) result.push(row);
  }
  return result;
}

/** The shift's figures as the journal computed them beside the device's X or Z report. */
export function reconcile(journal: ShiftReport, device: ShiftReport): ReconciliationRow[] {
  return compareFigures(shiftFigures(journal), shiftFigures(device));
}

/** Figures that differ for a reason no known way of counting explains: a document missing or different. */
export function differenceCount(rows: readonly ReconciliationRow[]): number {
  return rows.filter(isUnexplained).length;
}

export function isUnexplained(row: ReconciliationRow): boolean {
  return row.differs && row.countedDifferently === undefined;
}
