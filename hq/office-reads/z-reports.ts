import type pg from 'pg';
import { z } from 'zod';
import { ShiftReport } from '../../shared/fiscal/shift-report';
import { DayQuery, ZReportsAnswer, type OfficeZReport, type ZFigures } from '../../shared/office/office-api';
import { isUnexplained, ReconciliationRow } from '../../shared/reports/report-rows';
import { dayEnd, dayStart, foundAt, iso, parseQuery, shopFilter, type FoundAtRow } from './query';

interface ZRow extends FoundAtRow {
  report_number: string;
  closed_at: Date;
  cashier_name: string;
  device_report: unknown;
  comparison: unknown;
  differences: number;
}

const Comparison = z.array(ReconciliationRow);

/** Z reports closed in the day of each shop's clock; `onlyDiffering` keeps those with differences. */
export async function zReportsOfDay(pool: pg.Pool, day: DayQuery, onlyDiffering: boolean): Promise<OfficeZReport[]> {
  const { rows } = await pool.query<ZRow>(
    `SELECT z.till_id, t.name AS till_name, s.id AS shop_id, s.name AS shop_name, s.currency, z.device_id, z.document_uuid, z.report_number,
       z.closed_at, z.cashier_name, z.device_report, z.comparison, z.differences
     FROM z_reports z JOIN tills t ON t.id = z.till_id JOIN shops s ON s.id = t.shop_id
     WHERE ${shopFilter} AND z.closed_at >= ${dayStart} AND z.closed_at < ${dayEnd} AND (NOT $3 OR z.differences > 0)
     ORDER BY z.closed_at, t.name, z.local_id`,
    [day.date, day.shop ?? null, onlyDiffering],
  );
  return rows.map((row) => {
    const comparison = Comparison.safeParse(row.comparison);
    return {
      ...foundAt(row),
      currency: row.currency as OfficeZReport['currency'],
      reportNumber: row.report_number,
      closedAt: iso(row.closed_at),
      cashierName: row.cashier_name,
      figures: figuresOf(row.device_report),
      differences: row.differences,
      differing: comparison.success ? comparison.data.filter(isUnexplained) : [],
    };
  });
}

/** The device's own figures of its Z report; null where the stored report does not read as one. */
function figuresOf(deviceReport: unknown): ZFigures | null {
  const report = ShiftReport.safeParse(deviceReport);
  if (!report.success) return null;
  const { sale, moneyBack, deposit, withdraw } = report.data;
  return { receipts: sale.count, sales: sale.total, refunds: moneyBack.total, deposits: deposit.total, withdrawals: withdraw.total };
}

/** Every till's Z reports of a day. */
export async function readZReports(pool: pg.Pool, query: URLSearchParams): Promise<ZReportsAnswer> {
  const day = parseQuery(DayQuery, query);
  return ZReportsAnswer.parse({ date: day.date, zReports: await zReportsOfDay(pool, day, false) });
}
