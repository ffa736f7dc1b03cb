import Papa from 'papaparse';
import type { ImportProblem } from '../../shared/catalog';
import type { ImportProblemCode } from '../../shared/i18n/catalog-error-keys';
import { ColumnName, readHeader, type Header } from './import-columns';
import { CellIssueParams, ImportRowCells, type ImportRow } from './import-row';

export interface ImportFile {
  /** Product rows in the file; blank lines are not rows. */
  rows: number;
  /** The rows without a problem, in the file's order. */
  valid: ImportRow[];
  /** Every problem, by row and then by column. */
  problems: ImportProblem[];
}

/** A value shown back in a problem is cut here: the screen needs to recognise it, not hold it. */
const shownValueLength = 100;

/**
 * Reads a catalogue file, UTF-8 with or without a byte order mark, separated by "," or ";",
 * header first. Nothing here looks at the catalogue: the same file gives the same answer
 * whatever the shop has (conflicts with products already there are the merge's to find).
 * Rows are read one at a time as the parser finds them, so 200,000 of them never sit in memory
 * as text and as products at once.
 */
export function readImportFile(csv: string): ImportFile {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  let header: Header | undefined;
  let headerLine = 0;
  let line = 0;
  const file: ImportFile = { rows: 0, valid: [], problems: [] };
  const duplicates = new DuplicateFinder();
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: ({ data: cells, errors }) => {
      const current = line++;
      if (isBlank(cells)) return;
      if (header === undefined) {
        header = readHeader(cells);
        headerLine = current;
        file.problems.push(...header.problems);
        return;
      }
      // Blank lines count, so row numbers match the spreadsheet's (row 1 is the line under the
      // header) wherever no value spans lines.
      const row = current - headerLine;
      file.rows++;
      // A header problem would repeat itself on every row; it is reported once, alone.
      if (header.problems.length > 0) return;
      if (errors.some((e) => e.code === 'MissingQuotes')) file.problems.push({ row, code: 'badCsv' });
      else readRow(row, header.columns, cells, duplicates, file);
    },
  });
  if (file.rows === 0 && file.problems.length === 0) file.problems.push({ row: 0, code: 'noRows' });
  return file;
}

function readRow(row: number, columns: Header['columns'], cells: readonly string[], duplicates: DuplicateFinder, file: ImportFile): void {
  const { byColumn, extra } = cellsByColumn(columns, cells);
  const problemsBefore = file.problems.length;
  if (extra) file.problems.push({ row, code: 'tooManyValues' });
  const result = ImportRowCells.safeParse(byColumn);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Every cell is a string, so the only issues are the cell readers' own.
      const { problem, value } = CellIssueParams.parse(issue.code === 'custom' ? issue.params : undefined);
      file.problems.push(problemAt(row, ColumnName.parse(issue.path[0]), problem, value));
    }
    return;
  }
  const imported: ImportRow = Object.assign(result.data, { row });
  for (const barcode of duplicates.barcodes(imported)) file.problems.push(problemAt(row, 'barcodes', 'duplicateBarcode', barcode));
  if (duplicates.code(imported)) file.problems.push(problemAt(row, 'code', 'duplicateCode', imported.code));
  if (file.problems.length === problemsBefore) file.valid.push(imported);
}

/**
 * Barcodes and codes given to a product earlier in the file. Only rows that could be read take
 * part: the first holder of a barcode or a code keeps it, the later ones are the problem.
 */
class DuplicateFinder {
  private readonly seenBarcodes = new Set<string>();
  private readonly seenCodes = new Set<string>();

  /** The row's barcodes that an earlier row has; the others are the row's from now on. */
  barcodes(row: ImportRow): string[] {
    const taken: string[] = [];
    for (const barcode of row.barcodes ?? []) {
      if (this.seenBarcodes.has(barcode)) taken.push(barcode);
      else this.seenBarcodes.add(barcode);
    }
    return taken;
  }

  /** Whether an earlier row has the row's code; products without a code never clash. */
  code(row: ImportRow): row is ImportRow & { code: string } {
    if (!row.code) return false;
    if (this.seenCodes.has(row.code)) return true;
    this.seenCodes.add(row.code);
    return false;
  }
}

/**
 * The header names no quotes, commas or semicolons, so its own line tells the delimiter: a
 * spreadsheet in Azerbaijani, Ukrainian or Russian writes ";" (its decimal mark being ","),
 * one in English ",".
 */
function delimiterOf(text: string): ',' | ';' {
  const headerText = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  return count(headerText, ';') > count(headerText, ',') ? ';' : ',';
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * A row's cells by column. A short row's missing cells are empty (spreadsheets drop trailing
 * empty cells); a value beyond the named columns is `extra`, since it would be lost.
 */
function cellsByColumn(columns: readonly (ColumnName | undefined)[], cells: readonly string[]) {
  const byColumn: Partial<Record<ColumnName, string>> = {};
  for (const column of columns) if (column !== undefined) byColumn[column] = '';
  let extra = false;
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column !== undefined) byColumn[column] = cell;
    else if (cell.trim() !== '') extra = true;
  });
  return { byColumn, extra };
}

function problemAt(row: number, column: ColumnName, code: ImportProblemCode, value?: string): ImportProblem {
  if (value === undefined) return { row, column, code };
  return { row, column, code, value: value.length > shownValueLength ? `${value.slice(0, shownValueLength)}…` : value };
}
