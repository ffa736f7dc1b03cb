import type { ImportProblem } from '../../shared/catalog';
import type { ImportProblemCode } from '../../shared/i18n/catalog-error-keys';
import { readHeader, type ColumnName, type Header } from './import-columns';
import { cellReaders, type ImportRow } from './import-row';
import { SeenKeys } from './seen-keys';

/** A file of 200,000 bad rows must not become 200,000 problems on the screen (or over IPC). */
export const maxListedProblems = 500;

/** A value shown back in a problem is cut here: the screen needs to recognise it, not hold it. */
const shownValueLength = 100;

/** What the parser says of one line: its cells, and whether a quotation mark was never closed. */
export interface ParsedLine {
  cells: readonly string[];
  missingQuotes: boolean;
}

/**
 * Checks a catalogue file line by line as the parser finds them, header first, and hands each
 * row without a problem to `onValid`: it keeps no row, so a file of any length is checked in the
 * same memory (but for the codes and barcodes already seen, which a duplicate is found against).
 * Nothing here looks at the catalogue: the same file gives the same answer whatever the shop has
 * (conflicts with products already there are the merge's to find).
 */
export class ImportChecker {
  /** Product rows in the file; blank lines are not rows. */
  rows = 0;
  /** Rows without a problem. */
  valid = 0;
  /** How many problems the file has, all of them counted. */
  problemCount = 0;
  /** The first `maxListedProblems` problems, by row and then by column. */
  readonly problems: ImportProblem[] = [];
  private header: Header | undefined;
  /** The header's columns in the order their problems are listed, each with its cell's index. */
  private cellsRead: readonly { column: ColumnName; index: number }[] = [];
  private headerLine = 0;
  private line = 0;
  private readonly duplicates = new DuplicateFinder();

  constructor(private readonly onValid: (row: ImportRow) => void) {}

  /** The next line of the file. */
  read({ cells, missingQuotes }: ParsedLine): void {
    const current = this.line++;
    if (isBlank(cells)) return;
    if (this.header === undefined) {
      this.header = readHeader(cells);
      this.headerLine = current;
      this.cellsRead = cellsInReadingOrder(this.header.columns);
      for (const problem of this.header.problems) this.report(problem);
      return;
    }
    // Blank lines count, so row numbers match the spreadsheet's (row 1 is the line under the
    // header) wherever no value spans lines.
    const row = current - this.headerLine;
    this.rows++;
    // A header problem would repeat itself on every row; it is reported once, alone.
    if (this.header.problems.length > 0) return;
    if (missingQuotes) this.report({ row, code: 'badCsv' });
    else this.readRow(row, this.header.columns, cells);
  }

  /** The end of the file: one without rows is a problem of its own. */
  finish(): void {
    if (this.rows === 0 && this.problemCount === 0) this.report({ row: 0, code: 'noRows' });
  }

  private readRow(row: number, columns: Header['columns'], cells: readonly string[]): void {
    const problemsBefore = this.problemCount;
    // A value beyond the named columns would be lost.
    if (cells.some((cell, index) => columns[index] === undefined && cell.trim() !== '')) this.report({ row, code: 'tooManyValues' });
    const read: Record<string, unknown> = { row };
    let readable = true;
    for (const { column, index } of this.cellsRead) {
      // A short row's missing cells are empty: spreadsheets drop trailing empty cells.
      const parsed = cellReaders[column](cells[index] ?? '');
      if (!parsed.ok) {
        readable = false;
        this.report(problemAt(row, column, parsed.problem, parsed.value));
      } else if (parsed.value !== undefined) read[column] = parsed.value;
    }
    if (!readable) return;
    // Every column the header requires was read above, each to its reader's type.
    const imported = read as unknown as ImportRow;
    for (const barcode of this.duplicates.barcodes(imported)) this.report(problemAt(row, 'barcodes', 'duplicateBarcode', barcode));
    if (this.duplicates.code(imported)) this.report(problemAt(row, 'code', 'duplicateCode', imported.code));
    if (this.problemCount === problemsBefore) {
      this.valid++;
      this.onValid(imported);
    }
  }

  private report(problem: ImportProblem): void {
    this.problemCount++;
    if (this.problems.length < maxListedProblems) this.problems.push(problem);
  }
}

/**
 * Barcodes and codes given to a product earlier in the file. Only rows that could be read take
 * part: the first holder of a barcode or a code keeps it, the later ones are the problem.
 */
class DuplicateFinder {
  private readonly seenBarcodes = new SeenKeys();
  private readonly seenCodes = new SeenKeys();

  /** The row's barcodes that an earlier row has; the others are the row's from now on. */
  barcodes(row: ImportRow): string[] {
    const taken: string[] = [];
    for (const barcode of row.barcodes ?? []) if (this.seenBarcodes.seen(barcode)) taken.push(barcode);
    return taken;
  }

  /** Whether an earlier row has the row's code; products without a code never clash. */
  code(row: ImportRow): row is ImportRow & { code: string } {
    return row.code !== undefined && row.code !== '' && this.seenCodes.seen(row.code);
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The header's named columns in the readers' order (cellReaders), with where each is in a line. */
function cellsInReadingOrder(columns: Header['columns']): { column: ColumnName; index: number }[] {
  const order = Object.keys(cellReaders);
  return columns
    .flatMap((column, index) => (column === undefined ? [] : [{ column, index }]))
    .sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
}

function problemAt(row: number, column: ColumnName, code: ImportProblemCode, value?: string): ImportProblem {
  if (value === undefined) return { row, column, code };
  return { row, column, code, value: value.length > shownValueLength ? `${value.slice(0, shownValueLength)}…` : value };
}
