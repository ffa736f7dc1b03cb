import { z } from 'zod';
import { CashCount } from '../fiscal/cash-count';
import { DeviceInfo } from '../fiscal/device-results';
import { ShiftReport } from '../fiscal/shift-report';
import { ReconciliationRow } from './report-rows';

/** The figures of the last X report before the Z, beside the journal's: the check made before closing. */
export const BeforeClose = z.object({ device: ShiftReport, rows: z.array(ReconciliationRow) });
export type BeforeClose = z.infer<typeof BeforeClose>;

/**
 * A Z report as kept in the database: the device's figures, the journal's own for the same
 * shift, and the two compared field by field. Never changed once stored.
 */
export const ZReportRecord = z.object({
  id: z.number().int(),
  deviceId: z.string(),
  /** The journal's closeShift document. */
  journalUuid: z.string(),
  reportNumber: z.string(),
  /** ISO 8601: when the device made the report. */
  closedAt: z.string(),
  cashierName: z.string(),
  device: ShiftReport,
  journal: ShiftReport,
  rows: z.array(ReconciliationRow),
  differences: z.number().int().nonnegative(),
  /** Absent when the Z report was not taken through the Reports screen (it settled later, or elsewhere). */
  beforeClose: BeforeClose.nullable(),
  /** The device's identity (getInfo) when the report was stored; absent when the device did not answer then. */
  identity: DeviceInfo.nullable(),
  /** The blind count of the drawer journaled with the Z; absent when the Z was taken without one. */
  cashCount: CashCount.nullable(),
});
export type ZReportRecord = z.infer<typeof ZReportRecord>;

export const ZReportSummary = ZReportRecord.pick({ id: true, reportNumber: true, closedAt: true, cashierName: true, differences: true }).extend({
  saleTotal: z.number().int(),
  refundTotal: z.number().int(),
});
export type ZReportSummary = z.infer<typeof ZReportSummary>;
