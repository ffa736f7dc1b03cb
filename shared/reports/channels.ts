import { z } from 'zod';
import { ExpectedCash } from '../fiscal/cash-count';
import { PeriodicReport } from '../fiscal/device-results';
import { DocumentMoney } from '../fiscal/units';
import { ShiftReport } from '../fiscal/shift-report';
import { AnswerMismatch } from './answer-mismatch';
import { ControlTapeView, TapeFilters } from './control-tape';
import { ReconciliationRow } from './report-rows';
import { ZReportRecord, ZReportSummary } from './z-report';


/** The shift's figures from the journal beside the device's X report, compared field by field. */
export const Reconciliation = z.object({
  device: ShiftReport,
  journal: ShiftReport,
  rows: z.array(ReconciliationRow),
  differences: z.number().int().nonnegative(),
  /** Documents of the shift the device has not settled yet: the figures may still move. */
  unsettled: z.number().int().nonnegative(),
  /** Documents of the shift the device settled with an answer that does not fit them. */
  mismatches: z.array(AnswerMismatch),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

/** A date range, the device's periodic report and the journal's for the same range. */
export const PeriodicRange = z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() }).refine((r) => r.from <= r.to, { message: 'from must not be after to' });

export const PeriodicView = z.object({
  from: z.string(),
  to: z.string(),
  /** Null when the device did not answer: then the rows are the journal's alone. */
  device: PeriodicReport.nullable(),
  rows: z.array(ReconciliationRow),
  differences: z.number().int().nonnegative(),
});
export type PeriodicView = z.infer<typeof PeriodicView>;

export const ExportFormat = z.enum(['csv', 'pdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const TableFormat = z.enum(['csv', 'pdf']);

/** What to export: each report in the formats it has (JSON: the Z report in the operator's format). */
export const ExportRequest = z.discriminatedUnion('report', [
  z.strictObject({ report: z.literal('x'), format: TableFormat }),
  z.strictObject({ report: z.literal('z'), id: z.number().int().positive(), format: ExportFormat }),
  z.strictObject({ report: z.literal('periodic'), from: z.iso.datetime(), to: z.iso.datetime(), format: TableFormat }),
  z.strictObject({ report: z.literal('controlTape'), filters: TapeFilters, format: TableFormat }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

/** A file for the renderer to save: it makes a Blob of it and a download link. */
export const ExportFile = z.object({
  fileName: z.string().min(1),
  mime: z.string().min(1),
  base64: z.string(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** The reports' IPC channels, merged into the contract. */
export const reportChannels = {
  'report.reconcile': { input: z.strictObject({}), output: Reconciliation },
  /** The shift's close, in the signed-in person's name. Refused with `shift_unsettled` while documents wait for the device. */
  /** `countedCash`: the drawer counted blind by the manager, kept with the Z beside the expected figure. */
  'report.z': { input: z.strictObject({ countedCash: DocumentMoney.optional() }), output: ZReportRecord },
  /** The cash the drawer should hold now, from the journal (opening float, cash sales, refunds, cash in and out). */
  'report.expectedCash': { input: z.strictObject({}), output: ExpectedCash },
  'report.zList': { input: z.strictObject({}), output: z.array(ZReportSummary) },
  'report.zGet': { input: z.strictObject({ id: z.number().int().positive() }), output: ZReportRecord },
  'report.periodic': { input: PeriodicRange, output: PeriodicView },
  'report.controlTape': { input: z.strictObject({ filters: TapeFilters }), output: ControlTapeView },
  'report.export': { input: ExportRequest, output: ExportFile },
} as const;
