import Papa from 'papaparse';
import { cellText, type ReportCell, type ReportDocument, type ReportFormat } from '../../../shared/reports/report-tables';

/** Minor units as a signed decimal with a comma, by integer arithmetic: -1050 → "-10,50". */
export function decimalComma(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function csvCell(cell: ReportCell, format: ReportFormat): string {
  switch (cell.kind) {
    case 'money':
      return decimalComma(cell.value);
    case 'count':
      return String(cell.value);
    case 'empty':
      return '';
    case 'text':
    case 'time':
      return cellText(cell, format);
  }
}

/**
 * A report as one CSV file for a spreadsheet: the title and facts first, then each table with
 * its heading, a blank line between. Written as the catalogue's export is (catalog/export-csv.ts):
 * ";" between values, "," before the decimals, plain numbers without the currency sign, a byte
 * order mark and Windows line ends, so Excel in az, uk and ru opens it as it is.
 */
export function reportCsv(report: ReportDocument, format: ReportFormat): string {
  const lines: string[][] = [[report.title], ...report.facts.map((f) => [f.label, csvCell(f.value, format)])];
  for (const table of report.tables) {
    lines.push([], [table.heading], table.columns.map((c) => c.label), ...table.rows.map((row) => row.cells.map((cell) => csvCell(cell, format))));
  }
  return `\uFEFF${Papa.unparse(lines, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
