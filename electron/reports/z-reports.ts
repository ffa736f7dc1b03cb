import { z } from 'zod';
import { CashCount } from '../../shared/fiscal/cash-count';
import { DeviceInfo } from '../../shared/fiscal/device-results';
import { ShiftReport } from '../../shared/fiscal/shift-report';
import { differenceCount, reconcile, ReconciliationRow } from '../../shared/reports/report-rows';
import { BeforeClose, ZReportRecord, ZReportSummary } from '../../shared/reports/z-report';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { JournalEntry } from '../journal/journal';
import { markCountedDifferently, type FloatsSeen } from './counted-differently';

const json = <T extends z.ZodType>(schema: T) => z.string().transform((text) => schema.parse(JSON.parse(text)));
const nullableJson = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .nullable()
    .transform((text) => (text === null ? null : schema.parse(JSON.parse(text))));

/** A stored row: the record's own shape, with its JSON columns read as text first. */
const Row = ZReportRecord.extend({
  device: json(ShiftReport),
  journal: json(ShiftReport),
  rows: json(z.array(ReconciliationRow)),
  beforeClose: nullableJson(BeforeClose),
  identity: nullableJson(DeviceInfo),
  cashCount: nullableJson(CashCount),
});

const columns = `z.id, z.device_id AS deviceId, d.uuid AS journalUuid, z.report_number AS reportNumber, z.closed_at AS closedAt,
  z.cashier_name AS cashierName, z.device_report AS device, z.journal_report AS journal, z.comparison AS rows,
  z.differences, z.before_close AS beforeClose, z.identity, json_extract(d.document, '$.cashCount') AS cashCount`;
const from = 'FROM z_reports z JOIN journal_documents d ON d.id = z.journal_document_id';

export interface NewZReport {
  /** The closeShift document the device did; its result carries the device's Z figures. */
  close: JournalEntry;
  /** The journal's figures for the shift that document closed. */
  journal: ShiftReport;
  /** That shift's opening floats, and whether `journal` counts them: a device that books them otherwise is told apart. */
  floats: FloatsSeen;
  beforeClose: BeforeClose | null;
  identity: DeviceInfo | null;
}

/** Z reports in SQLite (migration 0004): stored once when the device has done them, then only read. */
export class ZReports {
  private readonly sql;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
  }

  isStored(journalDocumentId: number): boolean {
    return this.sql<[number], { n: number }>('SELECT count(*) AS n FROM z_reports WHERE journal_document_id = ?').get(journalDocumentId)!.n > 0;
  }

  /** Stores a Z report once; storing the same one again keeps the first (two screens may race to it). */
  store({ close, journal, floats, beforeClose, identity }: NewZReport): ZReportRecord {
    const device = close.result?.report;
    if (close.state !== 'done' || !device) throw new Error(`Journal document ${close.uuid} is not a Z report the device did`);
    const rows = markCountedDifferently(reconcile(journal, device), floats);
    this.sql(
      `INSERT INTO z_reports (device_id, journal_document_id, report_number, closed_at, cashier_name, device_report, journal_report, comparison,
         differences, before_close, identity, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (journal_document_id) DO NOTHING`,
    ).run(
      close.deviceId,
      close.id,
      device.reportNumber ?? String(close.result?.documentNumber ?? ''),
      device.createdAt ?? close.updatedAt,
      (JSON.parse(close.document) as { cashierName: string }).cashierName,
      JSON.stringify(device),
      JSON.stringify(journal),
      JSON.stringify(rows),
      differenceCount(rows),
      beforeClose ? JSON.stringify(beforeClose) : null,
      identity ? JSON.stringify(identity) : null,
      this.now().toISOString(),
    );
    const { id } = this.sql<[number], { id: number }>('SELECT id FROM z_reports WHERE journal_document_id = ?').get(close.id)!;
    return this.get(id)!;
  }

  get(id: number): ZReportRecord | undefined {
    const row = this.sql<[number]>(`SELECT ${columns} ${from} WHERE z.id = ?`).get(id);
    return row ? Row.parse(row) : undefined;
  }

  /** Newest first. */
  list(deviceId: string): ZReportSummary[] {
    return this.sql<[string]>(
      `SELECT id, report_number AS reportNumber, closed_at AS closedAt, cashier_name AS cashierName, differences,
         json_extract(device_report, '$.sale.total') AS saleTotal, json_extract(device_report, '$.moneyBack.total') AS refundTotal
       FROM z_reports WHERE device_id = ? ORDER BY closed_at DESC, id DESC`,
    )
      .all(deviceId)
      .map((row) => ZReportSummary.parse(row));
  }
}
