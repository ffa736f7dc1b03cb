import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPrice } from './export-csv';
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

const value = <T>(parsed: Parsed<T>) => (parsed.ok ? parsed.value : `!${parsed.problem}`);

describe('parsePrice', () => {
  it.each([
    ['1.99', 199],
    ['1,99', 199],
    [' 1,9 ', 190],
    ['0,01', 1],
    ['12', 1200],
    ['0', 0],
    ['999999999,99', 99_999_999_999],
    ['0.29', 29],
    ['1.005', '!badPrice'],
    ['1,2,3', '!badPrice'],
    ['-1', '!badPrice'],
    ['1e3', '!badPrice'],
    ['1 234,50', '!badPrice'],
    ['₼1', '!badPrice'],
    ['.5', '!badPrice'],
    ['5.', '!badPrice'],
    ['1234567890', '!badPrice'],
    ['', '!required'],
  ])('%s → %s', (text, expected) => {
    expect(value(parsePrice(text))).toBe(expected);
  });

  it('reads back every amount the export writes, with either decimal mark, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.boolean(), (minor, point) => {
        const text = point ? formatPrice(minor).replace(',', '.') : formatPrice(minor);
        expect(parsePrice(text)).toEqual({ ok: true, value: minor });
      }),
    );
  });
});

describe('parseVat', () => {
  it.each([
    ['vat18', 'vat18'],
    ['VAT18', 'vat18'],
    ['tradeVat18', 'tradeVat18'],
    ['tradevat18', 'tradeVat18'],
    ['vatFree', 'vatFree'],
    ['free', 'vatFree'],
    ['vat0', 'vat0'],
    ['0', 'vat0'],
    ['18', 'vat18'],
    ['18%', 'vat18'],
    ['2', 'simplified2'],
    ['8', 'simplified8'],
    ['simplified8', 'simplified8'],
    ['20', 'vat20'],
    ['7%', 'vat7'],
    ['21', '!badVat'],
    ['ƏDV', '!badVat'],
    ['', '!required'],
  ])('%s → %s', (text, expected) => {
    expect(value(parseVat(text))).toBe(expected);
  });
});

describe('the other cells', () => {
  it('reads a name as the receipt prints it', () => {
    expect(value(parseName('  Çörək \n ağ\t 500 q '))).toBe('Çörək ağ 500 q');
    expect(value(parseName('   '))).toBe('!required');
    expect(value(parseName('x'.repeat(255)))).toBe('x'.repeat(255));
    expect(value(parseName('x'.repeat(256)))).toBe('!tooLong');
    // What the receipt's contract refuses (safe text) is refused here, not at the counter.
    expect(value(parseName('Çörək\u0000'))).toBe('!badText');
    expect(value(parseName('Çörək \uD800'))).toBe('!badText');
  });

  it('reads codes up to 64 characters', () => {
    expect(value(parseCode(' 1001 '))).toBe('1001');
    expect(value(parseCode('9'.repeat(65)))).toBe('!tooLong');
    expect(value(parseCode('FR 01'))).toBe('FR 01');
    expect(value(parseCode('FR\u000701'))).toBe('!badText');
  });

  it('reads barcodes separated by "|" and refuses what no scanner sends', () => {
    expect(value(parseBarcodes('4760001000019 | 2000001|'))).toEqual(['4760001000019', '2000001']);
    expect(parseBarcodes('47600 01000019')).toEqual({ ok: false, problem: 'badBarcode', value: '47600 01000019' });
    expect(value(parseBarcodes('4760\u000101'))).toBe('!badBarcode');
    expect(parseBarcodes('123|123')).toEqual({ ok: false, problem: 'duplicateBarcode', value: '123' });
    expect(value(parseBarcodes('1'.repeat(65)))).toBe('!tooLong');
  });

  it('reads units, code types, flags and positions', () => {
    expect(value(parseUnit('KG'))).toBe('kg');
    expect(value(parseUnit('box'))).toBe('!badUnit');
    expect(value(parseCodeType('EAN13'))).toBe('ean13');
    expect(value(parseCodeType('upc'))).toBe('!badCodeType');
    for (const yes of ['yes', 'YES', 'true', '1']) expect(value(parseFlag(yes))).toBe(true);
    for (const no of ['no', 'False', '0']) expect(value(parseFlag(no))).toBe(false);
    expect(value(parseFlag('da'))).toBe('!badFlag');
    expect(value(parsePosition(' 12 '))).toBe(12);
    for (const bad of ['-1', '1.5', '1000000', 'first']) expect(value(parsePosition(bad))).toBe('!badPosition');
  });

  it('reads an empty optional cell as no value given', () => {
    for (const parse of [parseCode, parseBarcodes, parseUnit, parseCodeType, parseFlag, parsePosition]) {
      expect(parse('')).toEqual({ ok: true, value: undefined });
      expect(parse('  ')).toEqual({ ok: true, value: undefined });
    }
    expect(parseBarcodes(' | ')).toEqual({ ok: true, value: undefined });
  });

  it('takes the code type from the main barcode when the file gives none', () => {
    expect(defaultCodeType(['4760001000019', '12345678'])).toBe('ean13');
    expect(defaultCodeType(['12345678'])).toBe('ean8');
    expect(defaultCodeType(['2000001'])).toBe('plain');
    expect(defaultCodeType([])).toBe('plain');
  });
});
