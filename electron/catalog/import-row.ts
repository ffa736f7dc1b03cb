import type { Product } from '../../shared/catalog';
import type { CodeType, QuantityUnit, VatRate } from '../../shared/fiscal/catalogue-types';
import type { ColumnName } from './import-columns';
import {
  defaultCodeType,
  parseBarcodes,
  parseCode,
  parseCodeType,
  parseFlag,
  parseName,
  parsePosition,
  parsePrice,
  parseUnit,
  parseVat,
  type Parsed,
} from './import-fields';

/**
 * A row of a catalogue file by column name. An optional value is undefined when its cell is
 * empty or the file has no such column: the row says nothing about it.
 */
export interface ImportRow {
  /** 1 = the first row under the header, as ImportProblem counts. */
  row: number;
  name: string;
  price: number;
  vat: VatRate;
  barcodes?: string[] | undefined;
  code?: string | undefined;
  unit?: QuantityUnit | undefined;
  codeType?: CodeType | undefined;
  markingRequired?: boolean | undefined;
  favourite?: boolean | undefined;
  position?: number | undefined;
}

/**
 * Each column's reader, in the order a row's problems are listed. The cells are the file's
 * boundary and these readers its validation: every cell is a string from the parser, so they
 * are called directly rather than through a zod object built per row (a third of the read at
 * a million rows), with the same rules and the same problems.
 */
export const cellReaders: { readonly [C in ColumnName]-?: (text: string) => Parsed<ImportRow[C]> } = {
  name: parseName,
  price: parsePrice,
  vat: parseVat,
  barcodes: parseBarcodes,
  code: parseCode,
  unit: parseUnit,
  codeType: parseCodeType,
  markingRequired: parseFlag,
  favourite: parseFlag,
  position: parsePosition,
};

export type NewProduct = Omit<Product, 'id'>;

/**
 * A row as a new product: what the row leaves out takes its default, chosen as the commonest
 * case (sold by the piece, no marking, not a quick key, the code type its main barcode shows).
 */
export function newProduct(row: ImportRow): NewProduct {
  const barcodes = row.barcodes ?? [];
  return {
    name: row.name,
    code: row.code ?? '',
    barcodes,
    price: row.price,
    vatRate: row.vat,
    unit: row.unit ?? 'piece',
    codeType: row.codeType ?? defaultCodeType(barcodes),
    markingRequired: row.markingRequired ?? false,
    favourite: row.favourite ?? false,
    position: row.position ?? null,
  };
}
