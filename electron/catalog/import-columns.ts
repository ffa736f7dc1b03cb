import { z } from 'zod';
import type { ImportProblem } from '../../shared/catalog';

/** The columns of a catalogue file, in the order the export writes them. */
export const ColumnName = z.enum(['name', 'barcodes', 'code', 'price', 'vat', 'unit', 'codeType', 'markingRequired', 'favourite', 'position']);
export type ColumnName = z.infer<typeof ColumnName>;
export const columnNames = ColumnName.options;

/**
 * Without these a row cannot become a product. The VAT rate is never guessed: a wrong one
 * puts wrong tax on every receipt of the product.
 */
const requiredColumns: readonly ColumnName[] = ['name', 'price', 'vat'];

const byLowerCase = new Map<string, ColumnName>(columnNames.map((name) => [name.toLowerCase(), name]));

export interface Header {
  /** The column of each field of a row, by the field's index. */
  columns: (ColumnName | undefined)[];
  problems: ImportProblem[];
}

/**
 * Reads the header row: names in any order and any case. A column the catalogue does not have
 * is a problem rather than ignored, because a misspelt "barcode" would otherwise drop every
 * barcode of the file without a word.
 */
export function readHeader(cells: readonly string[]): Header {
  const problems: ImportProblem[] = [];
  const seen = new Set<ColumnName>();
  const columns = cells.map((cell) => {
    const text = cell.trim();
    const column = byLowerCase.get(text.toLowerCase());
    if (column === undefined) {
      if (text !== '') problems.push({ row: 0, code: 'unknownColumn', value: text });
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ row: 0, column, code: 'duplicateColumn', value: text });
      return undefined;
    }
    seen.add(column);
    return column;
  });
  for (const column of requiredColumns) {
    if (!seen.has(column)) problems.push({ row: 0, column, code: 'missingColumn', value: column });
  }
  return { columns, problems };
}
