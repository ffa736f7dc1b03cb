import { z } from 'zod';
import { CodeType, QuantityUnit, VatRate } from './fiscal/catalogue-types';
import { Money } from './fiscal/units';

/** A product of the shop's catalogue; money in minor units. */
export const Product = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string(),
  barcodes: z.array(z.string()),
  price: Money,
  vatRate: VatRate,
  unit: QuantityUnit,
  codeType: CodeType,
  markingRequired: z.boolean(),
  favourite: z.boolean(),
  /** Place among the favourites (quick keys), lowest first. */
  position: z.number().int().nullable(),
});
export type Product = z.infer<typeof Product>;

/** A scanned code: the product, and for a weighed item's barcode the weight or price it carries. */
export const ScanResult = z.object({
  product: Product.nullable(),
  /** Thousandths (grams of a kilogram) from a weighted barcode. */
  quantity: z.number().int().positive().optional(),
  /** Minor units from a price-embedded barcode. */
  price: Money.optional(),
});
export type ScanResult = z.infer<typeof ScanResult>;

/** One problem of an import file, by row (1 = the first data row) and column. */
export const ImportProblem = z.object({
  row: z.number().int(),
  column: z.string().optional(),
  /** A key of `catalog.importErrors` in the translations. */
  code: z.string(),
  value: z.string().optional(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportPreview = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  /** The first problems (at most 500), by row and column. */
  problems: z.array(ImportProblem),
  /** How many problems the file has: the list stops at 500, the count does not. */
  problemCount: z.number().int(),
  /** The first rows as they would be imported. */
  sample: z.array(Product.omit({ id: true })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const Csv = z.string().max(64 * 1024 * 1024);

/** The catalogue's IPC channels, merged into the contract. */
export const catalogChannels = {
  'catalog.search': { input: z.strictObject({ query: z.string().max(100), limit: z.number().int().min(1).max(100).default(30) }), output: z.array(Product) },
  'catalog.scan': { input: z.strictObject({ barcode: z.string().min(1).max(64) }), output: ScanResult },
  'catalog.favourites': { input: z.strictObject({}), output: z.array(Product) },
  'catalog.importPreview': { input: z.strictObject({ csv: Csv }), output: ImportPreview },
  /** All or nothing: any problem refuses the whole file with error `import_invalid`. */
  'catalog.import': { input: z.strictObject({ csv: Csv, mode: z.enum(['replace', 'merge']) }), output: z.object({ imported: z.number().int() }) },
  'catalog.export': { input: z.strictObject({}), output: z.object({ csv: z.string() }) },
} as const;
