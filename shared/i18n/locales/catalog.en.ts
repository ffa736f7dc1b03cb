import type { ImportProblemCode } from '../catalog-error-keys';

/**
 * What the shop manager reads about a catalogue file that cannot be imported, one message per
 * problem code (../catalog-error-keys.ts). The screen shows the row and the column beside each
 * message; {{value}} is what the file has there. Column names stay as the file must spell them.
 */
export const catalogEn = {
  importErrors: {
    noRows: 'The file has no products: it needs a header row and at least one product row below it.',
    missingColumn: 'The column “{{value}}” is missing; every file needs it.',
    unknownColumn:
      'The column “{{value}}” is not known. Rename it to one of name, barcodes, code, price, vat, unit, codeType, markingRequired, favourite, position, or delete it.',
    duplicateColumn: 'The column “{{value}}” appears twice; keep only one.',
    badCsv: 'This row cannot be read: a quotation mark is opened but never closed.',
    tooManyValues: 'This row has more values than the header has columns.',
    required: 'This value must be filled in.',
    tooLong: '“{{value}}” is too long: a name may have 255 characters, a code or a barcode 64.',
    badText: '“{{value}}” holds characters a receipt cannot print (control characters or broken Unicode).',
    badPrice: 'The price “{{value}}” is not valid: write it like 1.99 or 1,99, with at most two decimals.',
    badVat: 'The VAT “{{value}}” is not known: use vat18, tradeVat18, vatFree, vat0, simplified2 or simplified8 (or 18, 0, free, 2, 8).',
    badUnit: 'The unit “{{value}}” is not known: use piece, kg, litre, metre, m2 or m3.',
    badCodeType: 'The code type “{{value}}” is not known: use plain, ean8, ean13 or service.',
    badFlag: '“{{value}}” is neither yes nor no: use yes, no, true, false, 1 or 0.',
    badPosition: 'The position “{{value}}” is not a whole number from 0 to 999999.',
    badBarcode: 'The barcode “{{value}}” has spaces or characters that a scanner does not send.',
    duplicateBarcode: 'The barcode {{value}} belongs to another product too; a barcode can belong to one product only.',
    duplicateCode: 'The code {{value}} is given to another product of the file too; each code names one product.',
  },
} satisfies { importErrors: Record<ImportProblemCode, string> };

export type CatalogTexts = typeof catalogEn;
