import { CodeType, QuantityUnit, VatRate } from '../../shared/fiscal/catalogue-types';
import { maxItemCodeLength, maxItemNameLength } from '../../shared/fiscal/limits';
import type { ImportProblemCode } from '../../shared/i18n/catalog-error-keys';

/** A value read from one cell of a catalogue file, or why it cannot be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblemCode; value?: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = (code: ImportProblemCode, value?: string): Parsed<never> => ({ ok: false, problem: code, value });
/**
 * An empty optional cell reads as undefined: no value given. A new product then takes the
 * default, and a merge leaves the product's value as it is (see import-row.ts).
 */
const nothing = ok(undefined);

/** The receipt's limits (shared/fiscal/limits.ts): a product the file brings must be one the counter can sell. */
const maxNameLength = maxItemNameLength;
const maxCodeLength = maxItemCodeLength;
export const barcodeSeparator = '|';

/** Control characters and lone UTF-16 halves: a receipt's texts refuse them (shared/text/safe-text.ts). */
const unprintable = /\p{Cc}|\p{Cs}/u;

/** A name as the receipt prints it: line breaks and runs of spaces from a spreadsheet become one space. */
export function parseName(text: string): Parsed<string> {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name === '') return problem('required');
  if (unprintable.test(name)) return problem('badText', name);
  return name.length > maxNameLength ? problem('tooLong', name) : ok(name);
}

export function parseCode(text: string): Parsed<string | undefined> {
  const code = text.trim();
  if (code === '') return nothing;
  if (unprintable.test(code)) return problem('badText', code);
  return code.length > maxCodeLength ? problem('tooLong', code) : ok(code);
}

/** What a scanner can send: no spaces, no control characters, and not the separator. */
const barcodeCharacters = /^[^\s\p{C}|]+$/u;

/** Several barcodes separated by "|"; empty parts (a trailing "|") are skipped. */
export function parseBarcodes(text: string): Parsed<string[] | undefined> {
  const barcodes: string[] = [];
  for (const part of text.split(barcodeSeparator)) {
    const barcode = part.trim();
    if (barcode === '') continue;
    if (barcode.length > maxCodeLength) return problem('tooLong', barcode);
    if (!barcodeCharacters.test(barcode)) return problem('badBarcode', barcode);
    if (barcodes.includes(barcode)) return problem('duplicateBarcode', barcode);
    barcodes.push(barcode);
  }
  return barcodes.length === 0 ? nothing : ok(barcodes);
}

/** Major units with "." or "," and at most two decimals; up to 9 digits before them. */
const priceFormat = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** A price in minor units, read digit by digit: 1,99 is 199, never 198.99999. */
export function parsePrice(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return problem('required');
  const match = priceFormat.exec(trimmed);
  if (!match) return problem('badPrice', trimmed);
  const major = Number(match[1]);
  const minor = Number((match[2] ?? '').padEnd(2, '0'));
  return ok(major * 100 + minor);
}

/** The catalogue's names, and the numbers a shop's own spreadsheet is likely to hold. */
const vatAliases = new Map<string, VatRate>([
  ...VatRate.options.map((rate): [string, VatRate] => [rate.toLowerCase(), rate]),
  ['18', 'vat18'],
  ['0', 'vat0'],
  ['free', 'vatFree'],
  ['2', 'simplified2'],
  ['8', 'simplified8'],
  ['20', 'vat20'],
  ['14', 'vat14'],
  ['10', 'vat10'],
  ['7', 'vat7'],
]);

export function parseVat(text: string): Parsed<VatRate> {
  const trimmed = text.trim();
  if (trimmed === '') return problem('required');
  // "18%" is how a person writes 18.
  const rate = vatAliases.get(trimmed.toLowerCase().replace(/%$/, ''));
  return rate ? ok(rate) : problem('badVat', trimmed);
}

export function parseUnit(text: string): Parsed<QuantityUnit | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return nothing;
  const unit = QuantityUnit.options.find((name) => name === trimmed.toLowerCase());
  return unit ? ok(unit) : problem('badUnit', trimmed);
}

export function parseCodeType(text: string): Parsed<CodeType | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return nothing;
  const type = CodeType.options.find((name) => name.toLowerCase() === trimmed.toLowerCase());
  return type ? ok(type) : problem('badCodeType', trimmed);
}

/** Without a code type given: EAN-13 or EAN-8 when the main (first) barcode has that many digits; plain otherwise. */
export function defaultCodeType(barcodes: readonly string[]): CodeType {
  const main = barcodes[0] ?? '';
  if (/^\d{13}$/.test(main)) return 'ean13';
  if (/^\d{8}$/.test(main)) return 'ean8';
  return 'plain';
}

const flags = new Map([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

export function parseFlag(text: string): Parsed<boolean | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return nothing;
  const flag = flags.get(trimmed.toLowerCase());
  return flag === undefined ? problem('badFlag', trimmed) : ok(flag);
}

/** A quick key's place, 0 to 999999. */
export function parsePosition(text: string): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return nothing;
  return /^\d{1,6}$/.test(trimmed) ? ok(Number(trimmed)) : problem('badPosition', trimmed);
}
