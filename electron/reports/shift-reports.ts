import { currencyOf } from '../../shared/device';
import type { DeviceInfo } from '../../shared/fiscal/device-results';
import type { ExpectedCash } from '../../shared/fiscal/cash-count';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { PeriodicView, Reconciliation } from '../../shared/reports/channels';
import type { ControlTapeView, TapeFilters } from '../../shared/reports/control-tape';
import { differenceCount, reconcile } from '../../shared/reports/report-rows';
import type { BeforeClose, ZReportRecord, ZReportSummary } from '../../shared/reports/z-report';
import { OfflineWaitError } from '../journal/document-service';
import type { JournalEntry } from '../journal/journal';
import type { AppContext } from '../app/context';
import { AppFailure } from '../app/app-failure';
import { deviceCall } from '../ipc/device-call';
import { answerMismatches } from './answer-mismatches';
import { controlTapeView, mergeControlTape } from './control-tape';
import { journalPeriodic, periodicRows } from './periodic';
import { markCountedDifferently, type FloatsSeen } from './counted-differently';
import { floatBooking } from './float-booking';
import { bookedDocuments, closedShiftDocuments, currentShiftDocuments, documentsBetween, type OpeningFloat, type ShiftDocuments } from './shift-documents';
import { shiftTotals } from './shift-totals';
import { expectedCash } from './expected-cash';
import { ZReports } from './z-reports';

/** How long the Z report waits for the device before answering that it is still being sent. */
export const zReportWaitMs = 30_000;

/**
 * The manager's reports: the shift's figures from the journal and from the device, compared;
 * the Z report that closes the shift and keeps that comparison; the periodic report and the
 * control tape. Every device call is recorded in the journal's events (deviceCall).
 */
export class ShiftReports {
  readonly zReports: ZReports;

  constructor(private readonly ctx: AppContext) {
    this.zReports = new ZReports(ctx.db, ctx.now);
  }

  private get deviceId(): string {
    return this.ctx.device.id;
  }

  /** The floats, and whether the journal counts them as deposits: where this device books them so, not otherwise or while not known. */
  private floatsSeen(floats: readonly OpeningFloat[]): FloatsSeen {
    return { floats, counted: floatBooking(this.ctx.devices, this.deviceId) === 'deposit' };
  }

  private bookedFloats(floats: readonly OpeningFloat[]): number[] {
    return this.floatsSeen(floats).counted ? floats.map((f) => f.sum) : [];
  }

  /** The shift's figures computed from the journal's own copy of its documents. */
  journalReport(shift: Pick<ShiftDocuments, 'documents' | 'openingFloats'>): ShiftReport {
    return shiftTotals({
      currency: currencyOf(this.ctx.device.status().kind),
      documents: bookedDocuments(shift.documents),
      openingFloats: this.bookedFloats(shift.openingFloats),
    });
  }

  async reconcile(cashierName: string): Promise<Reconciliation> {
    const device = await deviceCall(this.ctx, 'getXReport', (driver) => driver.xReport(cashierName));
    const shift = currentShiftDocuments(this.ctx.journal, this.deviceId);
    const journal = this.journalReport(shift);
    const rows = markCountedDifferently(reconcile(journal, device), this.floatsSeen(shift.openingFloats));
    const unsettled = shift.documents.filter((d) => d.state !== 'done' && d.state !== 'rejected').length;
    return { device, journal, rows, differences: differenceCount(rows), unsettled, mismatches: answerMismatches(this.ctx.journal, this.deviceId, shift.documents) };
  }

  /**
   * Closes the shift: refused while documents wait for the device (their fate decides the
   * totals); then the last X report is compared with the journal, the Z report goes through the
   * journal like any document, and the device's Z figures are stored beside the journal's.
   */
  /** The cash the drawer should hold now, from the journal's copy of the shift. */
  expectedCash(): ExpectedCash {
    const shift = currentShiftDocuments(this.ctx.journal, this.deviceId);
    return expectedCash(bookedDocuments(shift.documents), shift.openingFloats);
  }

  /**
   * `countedCash`, when given, is the manager's blind count of the drawer: journaled with the Z
   * report's document beside the figure expected at that moment, so the over or short is kept
   * with the Z and never recomputed from a journal that moved on.
   */
  async closeShift(cashierName: string, countedCash?: number): Promise<ZReportRecord> {
    const documents = this.ctx.documents;
    if (!documents) throw new AppFailure('device_unavailable', `No driver reaches device ${this.deviceId}`);
    // Asked first: offline, the receipts still to deliver and the unreachable reports would only hide why the Z waits.
    const waits = this.ctx.device.driver?.offline?.waits('closeShift');
    if (waits) throw new OfflineWaitError(waits);
    const unsettled = this.ctx.journal.unsettledCount(this.deviceId);
    if (unsettled > 0) throw new AppFailure('shift_unsettled', `${unsettled} documents are not settled with the device yet`, { unsettled });
    const identity = await deviceCall(this.ctx, 'getInfo', (driver) => driver.info());
    const before = await this.reconcile(cashierName);
    const cashCount = countedCash === undefined ? undefined : { counted: countedCash, expected: this.expectedCash().expected };
    const close = await documents.submit({ kind: 'closeShift', cashierName, ...(cashCount ? { cashCount } : {}) }, zReportWaitMs);
    switch (close.state) {
      case 'done':
        return this.storeZ(close, { device: before.device, rows: before.rows }, identity);
      case 'rejected': {
        const refusal = this.ctx.device.refusal(close.errorCode ?? '', close.errorText ?? '');
        throw new AppFailure('device_rejected', `closeShift refused: ${refusal.code} ${refusal.deviceText}`, refusal);
      }
      case 'pending':
      case 'sending':
      case 'unknown':
        // The journal goes on sending it; once done, the Z report is stored (storeSettledZReports).
        throw new AppFailure('device_no_answer', 'closeShift is not settled yet', { reason: close.unknownReason ?? 'pending' });
    }
  }

  /**
   * Z reports the device did that are not stored yet (taken while this screen waited no longer,
   * or by another way) are stored with the journal's figures, computed now from the same
   * documents, and without a comparison before closing.
   */
  async storeSettledZReports(): Promise<void> {
    const missing = this.ctx.journal.allDone(this.deviceId, 'closeShift').filter((close) => !this.zReports.isStored(close.id) && close.result?.report);
    if (missing.length === 0) return;
    const identity = await this.identity();
    for (const close of missing) {
      if (this.zReports.isStored(close.id)) continue;
      this.storeZ(close, null, identity);
    }
  }

  private storeZ(close: JournalEntry, beforeClose: BeforeClose | null, identity: DeviceInfo | null): ZReportRecord {
    const shift = closedShiftDocuments(this.ctx.journal, this.deviceId, close);
    return this.zReports.store({ close, journal: this.journalReport(shift), floats: this.floatsSeen(shift.openingFloats), beforeClose, identity });
  }

  async zList(): Promise<ZReportSummary[]> {
    await this.storeSettledZReports();
    return this.zReports.list(this.deviceId);
  }

  async zGet(id: number): Promise<ZReportRecord> {
    await this.storeSettledZReports();
    const record = this.zReports.get(id);
    if (!record || record.deviceId !== this.deviceId) throw new AppFailure('invalid_input', `No Z report ${id}`);
    return record;
  }

  /** The device's identity, or null when it does not answer; recorded in the journal's events either way. */
  async identity(): Promise<DeviceInfo | null> {
    try {
      return await deviceCall(this.ctx, 'getInfo', (driver) => driver.info());
    } catch (error) {
      if (error instanceof AppFailure) return null;
      throw error;
    }
  }

  /** The journal's figures for a date range beside the device's periodic report (or alone, if the device does not answer). */
  async periodic(fromIso: string, toIso: string): Promise<PeriodicView> {
    let device = null;
    try {
      device = await deviceCall(this.ctx, 'getPeriodicZReport', (driver) => driver.periodicReport(new Date(fromIso), new Date(toIso)));
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
    }
    const range = documentsBetween(this.ctx.journal, this.deviceId, fromIso, toIso);
    const journal = journalPeriodic(bookedDocuments(range.documents), this.bookedFloats(range.openingFloats));
    const rows = markCountedDifferently(periodicRows(journal, device), this.floatsSeen(range.openingFloats));
    return { from: fromIso, to: toIso, device, rows, differences: differenceCount(rows) };
  }

  /** The shift's documents from the journal beside the device's control tape (when the device gives it). */
  async controlTape(filters: TapeFilters): Promise<ControlTapeView> {
    let tape = null;
    try {
      tape = await deviceCall(this.ctx, 'getControlTape', (driver) => driver.controlTape());
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
    }
    const shift = currentShiftDocuments(this.ctx.journal, this.deviceId);
    const implausible = new Set(answerMismatches(this.ctx.journal, this.deviceId, shift.documents).map((m) => m.uuid));
    return controlTapeView(mergeControlTape(shift.documents, { floats: shift.openingFloats, booking: floatBooking(this.ctx.devices, this.deviceId) }, tape, implausible), filters, tape);
  }
}
