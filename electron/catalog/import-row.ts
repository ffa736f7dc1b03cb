import { z } from 'zod';
import type { Product } from '../../shared/catalog';
import { importProblemCodes } from '../../shared/i18n/catalog-error-keys';
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

/** The detail zod keeps of a cell it refused, to become an ImportProblem. */
export const CellIssueParams = z.object({ problem: z.enum(importProblemCodes), value: z.string().optional() });

/** One cell's text through its reader; a refusal becomes a zod issue carrying the problem code. */
function cell<T>(parse: (text: string) => Parsed<T>) {
  return z.string().transform((text, ctx) => {
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.problem, params: { problem: parsed.problem, value: parsed.value } });
    return z.NEVER;
  });
}

/**
 * A row of a catalogue file by column name. An optional value is undefined when its cell is
 * empty or the file has no such column: the row says nothing about it.
 */
export const ImportRowCells = z.object({
  name: cell(parseName),
  price: cell(parsePrice),
  vat: cell(parseVat),
  barcodes: cell(parseBarcodes).optional(),
  code: cell(parseCode).optional(),
  unit: cell(parseUnit).optional(),
  codeType: cell(parseCodeType).optional(),
  markingRequired: cell(parseFlag).optional(),
  favourite: cell(parseFlag).optional(),
  position: cell(parsePosition).optional(),
} satisfies Record<ColumnName, z.ZodType>);

export type ImportRow = z.output<typeof ImportRowCells> & {
  /** 1 = the first row under the header, as ImportProblem counts. */
  row: number;
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
