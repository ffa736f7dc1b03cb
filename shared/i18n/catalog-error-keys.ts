/**
 * What can be wrong with a catalogue file, one code per kind of problem (ImportProblem.code in
 * shared/catalog.ts); each has a message in locales/catalog.*.ts. Keys are written out so every
 * one of them can be found in the source.
 */
export const importProblemCodes = [
  /** The file has no product rows under its header. */
  'noRows',
  /** A required column (name, price, vat) is not in the header. */
  'missingColumn',
  /** A header names a column the catalogue does not have. */
  'unknownColumn',
  /** Two headers name the same column. */
  'duplicateColumn',
  /** The text is not CSV there: a quotation mark that is never closed. */
  'badCsv',
  /** A row has more values than the header has columns. */
  'tooManyValues',
  /** A value the column cannot do without is empty. */
  'required',
  /** Longer than the device and the receipt allow. */
  'tooLong',
  /** Control characters or broken Unicode, which a receipt refuses. */
  'badText',
  'badPrice',
  'badVat',
  'badUnit',
  'badCodeType',
  /** Not one of yes, no, true, false, 1, 0. */
  'badFlag',
  'badPosition',
  /** A barcode with spaces or characters no scanner sends. */
  'badBarcode',
  /** A barcode given to two products, in the file or (merge) one already in the catalogue. */
  'duplicateBarcode',
  /** A code given to two products of the file. */
  'duplicateCode',
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export const catalogImportErrorKeys = {
  noRows: 'catalog.importErrors.noRows',
  missingColumn: 'catalog.importErrors.missingColumn',
  unknownColumn: 'catalog.importErrors.unknownColumn',
  duplicateColumn: 'catalog.importErrors.duplicateColumn',
  badCsv: 'catalog.importErrors.badCsv',
  tooManyValues: 'catalog.importErrors.tooManyValues',
  required: 'catalog.importErrors.required',
  tooLong: 'catalog.importErrors.tooLong',
  badText: 'catalog.importErrors.badText',
  badPrice: 'catalog.importErrors.badPrice',
  badVat: 'catalog.importErrors.badVat',
  badUnit: 'catalog.importErrors.badUnit',
  badCodeType: 'catalog.importErrors.badCodeType',
  badFlag: 'catalog.importErrors.badFlag',
  badPosition: 'catalog.importErrors.badPosition',
  badBarcode: 'catalog.importErrors.badBarcode',
  duplicateBarcode: 'catalog.importErrors.duplicateBarcode',
  duplicateCode: 'catalog.importErrors.duplicateCode',
} as const satisfies { [C in ImportProblemCode]: `catalog.importErrors.${C}` };
