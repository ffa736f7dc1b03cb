import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-import-file';
import { csvOf, productRow } from './testing/catalog-db';

describe('readImportFile', () => {
  it('reads the header in any order and case, with ";" or ",", with or without a byte order mark', () => {
    const semicolons = '\uFEFFPrice;VAT;NAME;Barcodes\r\n1,99;18;Çörək ağ;4760001000015|2000001\r\n';
    const commas = 'name,price,vat\nSüd,"1,89",vat18\n';
    expect(readImportFile(semicolons)).toEqual({
      rows: 1,
      valid: [{ row: 1, name: 'Çörək ağ', price: 199, vat: 'vat18', barcodes: ['4760001000015', '2000001'] }],
      problems: [],
    });
    expect(readImportFile(commas).valid).toEqual([{ row: 1, name: 'Süd', price: 189, vat: 'vat18' }]);
  });

  it('reports every problem of every row by row and column, and keeps the rows without one', () => {
    const csv = csvOf([
      productRow('Çörək', { price: '1,999' }),
      productRow('', { vat: 'vat21', unit: 'box' }),
      productRow('Süd', { barcodes: '4760001000015' }),
      productRow('Qatıq', { codeType: 'qr', markingRequired: 'maybe', favourite: 'yes', position: '-3' }),
      productRow('Pendir', { barcodes: 'a b' }),
    ]);
    const file = readImportFile(csv);
    expect(file.rows).toBe(5);
    expect(file.valid.map((r) => [r.row, r.name])).toEqual([[3, 'Süd']]);
    expect(file.problems).toEqual([
      { row: 1, column: 'price', code: 'badPrice', value: '1,999' },
      { row: 2, column: 'name', code: 'required' },
      { row: 2, column: 'vat', code: 'badVat', value: 'vat21' },
      { row: 2, column: 'unit', code: 'badUnit', value: 'box' },
      { row: 4, column: 'codeType', code: 'badCodeType', value: 'qr' },
      { row: 4, column: 'markingRequired', code: 'badFlag', value: 'maybe' },
      { row: 4, column: 'position', code: 'badPosition', value: '-3' },
      { row: 5, column: 'barcodes', code: 'badBarcode', value: 'a b' },
    ]);
  });

  it('finds a barcode or a code given to two products of the file, blaming the later row', () => {
    const csv = csvOf([
      productRow('Çörək', { barcodes: '4760001000015|111', code: '1001' }),
      productRow('Süd', { barcodes: '222|111', code: '1002' }),
      productRow('Qatıq', { barcodes: '333', code: '1001' }),
      productRow('Pendir', { barcodes: '444' }),
      productRow('Yağ', { barcodes: '555' }),
    ]);
    expect(readImportFile(csv).problems).toEqual([
      { row: 2, column: 'barcodes', code: 'duplicateBarcode', value: '111' },
      { row: 3, column: 'code', code: 'duplicateCode', value: '1001' },
    ]);
  });

  it('reports a header problem once rather than on every row', () => {
    expect(readImportFile('name;barcode;price\nÇörək;123;1\nSüd;456;2\n')).toEqual({
      rows: 2,
      valid: [],
      problems: [
        { row: 0, code: 'unknownColumn', value: 'barcode' },
        { row: 0, column: 'vat', code: 'missingColumn', value: 'vat' },
      ],
    });
    expect(readImportFile('name;price;vat;Price\nÇörək;1;18\n').problems).toEqual([{ row: 0, column: 'price', code: 'duplicateColumn', value: 'Price' }]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(readImportFile('').problems).toEqual([{ row: 0, code: 'noRows' }]);
    expect(readImportFile('\uFEFF\r\n  \r\n').problems).toEqual([{ row: 0, code: 'noRows' }]);
    expect(readImportFile('name;price;vat\r\n\r\n').problems).toEqual([{ row: 0, code: 'noRows' }]);
  });

  it('skips blank lines but counts them, so row numbers match the spreadsheet', () => {
    const file = readImportFile('name;price;vat\nÇörək;1;18\n\n ; ; \nSüd;x;18\n');
    expect(file.rows).toBe(2);
    expect(file.problems).toEqual([{ row: 4, column: 'price', code: 'badPrice', value: 'x' }]);
    expect(readImportFile('\n\nname;price;vat\nÇörək;1;18\nSüd;x;18\n').problems).toEqual([{ row: 2, column: 'price', code: 'badPrice', value: 'x' }]);
  });

  it('reads short rows as empty cells and refuses values past the last column', () => {
    const file = readImportFile('name;price;vat;unit\nÇörək;1;18\nSüd;1;18;kg;;\nQatıq;1;18;kg;extra\n');
    expect(file.valid.map((r) => [r.name, r.unit])).toEqual([
      ['Çörək', undefined],
      ['Süd', 'kg'],
    ]);
    expect(file.problems).toEqual([{ row: 3, code: 'tooManyValues' }]);
  });

  it('reports a quotation mark never closed', () => {
    const file = readImportFile('name;price;vat\nÇörək;1;18\n"Süd;1;18\nQatıq;1;18\n');
    expect(file.problems).toEqual([{ row: 2, code: 'badCsv' }]);
  });

  it('reads quoted values with delimiters, quotes and line breaks in them', () => {
    const file = readImportFile('name;price;vat\n"Süd ""Milla"" 3,2%; 1 l";"1,89";18\n');
    expect(file.valid.map((r) => r.name)).toEqual(['Süd "Milla" 3,2%; 1 l']);
  });

  it('shows a long value cut, not whole', () => {
    const problem = readImportFile(csvOf([productRow('Çörək', { price: '9'.repeat(300) })])).problems[0];
    expect(problem?.value).toHaveLength(101);
  });
});
