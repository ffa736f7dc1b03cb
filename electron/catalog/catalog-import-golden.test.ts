import { describe, expect, it } from 'vitest';
import { closeDatabase, type Db } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { ImportRefusedError } from './catalog-import';
import { ean13 } from './testing/barcodes';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

/**
 * The import's results on fixed files, table by table, as the whole-file import of main gave
 * them (the snapshot beside this file was written by that code before the import streamed).
 * A streamed import must leave exactly these rows: the same ids, values, barcodes and
 * search index, the same refusals with the same problems.
 */
const tempDir = useTempDirs();

const b = (n: number) => ean13(`476${String(n).padStart(9, '0')}`);

/** One import a minute, so every write's `updated_at` says which import made it. */
function clock() {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 23, 10, minute++));
}

function tables(db: Db) {
  return {
    products: db.prepare('SELECT * FROM products ORDER BY id').all(),
    barcodes: db.prepare('SELECT * FROM product_barcodes ORDER BY barcode').all(),
    // What the search index answers, word prefix by word prefix, in rowid order.
    search: Object.fromEntries(
      ['cor', 'süd', 'sud', 'мол', 'чай', 'tea', 'new', 'a', 'p', 'x'].map((prefix) => [
        prefix,
        db
          .prepare('SELECT rowid FROM products_fts WHERE products_fts MATCH ? ORDER BY rowid')
          .all(`"${prefix}"*`)
          .map((row) => (row as { rowid: number }).rowid),
      ]),
    ),
  };
}

function outcome(run: () => number): unknown {
  try {
    return { imported: run() };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { refused: error.message, problems: error.problems };
    throw error;
  }
}

const first = csvOf([
  productRow('Çörək ağ', { barcodes: b(1), code: '1001', price: '0,70', favourite: 'yes', position: '2' }),
  productRow('Kənd çörəyi', { code: '1002', price: '1,20' }),
  productRow('Süd 3,2% 1 l', { barcodes: `${b(2)}|2000002`, code: '1003', price: '1,89', favourite: 'yes', position: '1' }),
  productRow('Олія соняшникова 1 л', { code: '2001', price: '4,10', markingRequired: 'yes' }),
  productRow('Молоко 2,5%', { barcodes: b(3), price: '1,75' }),
  productRow('Чай чорний', { barcodes: `${b(4)}|${b(5)}`, code: '2003', price: '3,30', codeType: 'plain' }),
  productRow("М'ясо свиняче", { unit: 'kg', price: '12' }),
  productRow('Pomidor', { barcodes: '2212345', code: '12345', unit: 'kg', price: '3,49', vat: 'vatFree' }),
  productRow('Alma', { vat: '18%' }),
  productRow('Alma', { vat: '2', price: '2,5' }),
  productRow('Tea green', { barcodes: b(6), code: '3001', price: '5', vat: 'tradeVat18', unit: 'litre' }),
]);

/** The next catalogue: renames, a barcode that moves, products left out, new ones. */
const second = csvOf(
  [
    productRow('Çörək ağ təzə', { barcodes: b(1), code: '1001', price: '0,75' }),
    // Matched by its main barcode (it has no code), and takes a barcode from the tea.
    productRow('Молоко 2,5% нове', { barcodes: `${b(3)}|${b(5)}`, price: '1,80' }),
    productRow('Чай чорний', { barcodes: b(4), code: '2003', price: '3,30' }),
    // Matched by name (neither code nor barcodes), once each.
    productRow('Alma', { vat: '18' }),
    productRow("М'ясо свиняче", { unit: 'kg', price: '13' }),
    productRow('New thing', { barcodes: b(7), code: '5001', price: '9,99', favourite: 'true', position: '7' }),
    productRow('New plain', {}),
    // A code the catalogue has, on a barcode of another product: the code wins.
    productRow('Pomidor yeni', { barcodes: b(6), code: '12345', price: '3,59' }),
  ],
  undefined,
  ',',
);

/** A supplier's price list: codes, names, prices and VAT only. */
const prices = csvOf(
  [
    { name: 'Çörək ağ təzə', code: '1001', price: '0,80', vat: 'vat18' },
    { name: 'Süd 3,2% 1 l', code: '1003', price: '1,99', vat: 'vat18' },
    { name: 'Чай чорний', code: '2003', price: '3,30', vat: 'vat18' },
    { name: 'Brand new', code: '7001', price: '1', vat: 'vat0' },
  ],
  ['name', 'code', 'price', 'vat'],
);

/** A merge moving barcodes between two products of the file, and adding barcodes. */
const moves = csvOf([
  productRow('Çörək ağ təzə', { code: '1001', barcodes: b(4), price: '0,80' }),
  productRow('Чай чорний', { code: '2003', barcodes: `${b(1)}|${b(8)}`, price: '3,30' }),
  productRow('Tea green', { barcodes: b(9), price: '5', unit: 'litre' }),
]);

/** A merge that would take a barcode from a product the file does not change: refused. */
const stealing = csvOf([productRow('Thief', { code: '9001', barcodes: `${b(99)}|${b(3)}` }), productRow('Innocent', { code: '9002' })]);

const broken = [
  'name;barcodes;code;price;vat;unit;codeType;markingRequired;favourite;position',
  'Good;;G1;1,00;vat18;;;;;',
  ';;;;;;;;;',
  '',
  'No price;;G2;;vat18;;;;;',
  'Bad all;a b;G3;1.234;vat99;box;qr;maybe;yes;-1',
  'Too many;;G4;1;vat18;;;;;;extra',
  `Long ${'x'.repeat(300)};;G5;1;vat18;;;;;`,
  'Dup code;;G1;1;vat18;;;;;',
  `Dup barcode;${b(1)}|${b(1)};G6;1;vat18;;;;;`,
  `First holder;${b(2)};G7;1;vat18;;;;;`,
  `Second holder;${b(2)};G8;1;vat18;;;;;`,
  '"Quoted; name\nover lines";;G9;1;vat18;;;;;',
  'Ctrl \u0007 name;;G10;1;vat18;;;;;',
  '"Unclosed;;G11;1;vat18;;;;;',
].join('\r\n');

const headerProblems = '\uFEFFname,prize,vat,vat,barcode\nA,1,vat18,vat18,1';
const manyProblems = csvOf(Array.from({ length: 700 }, (_, i) => productRow(`P${i}`, { price: 'free' })));

describe('import results stay what they were', () => {
  it('replace, replace, merge, merge, refused merge, replace back: the same tables after each', () => {
    const { db, catalog } = openCatalog(tempDir(), clock());
    const steps: unknown[] = [];
    const step = (name: string, run: () => number) => steps.push({ name, outcome: outcome(run), ...tables(db) });
    step('first into empty', () => catalog.import(first, 'replace'));
    step('second replaces', () => catalog.import(second, 'replace'));
    step('price list merged', () => catalog.import(prices, 'merge'));
    step('barcodes moved by a merge', () => catalog.import(moves, 'merge'));
    step('merge taking a kept barcode', () => catalog.import(stealing, 'merge'));
    step('first again replaces', () => catalog.import(first, 'replace'));
    step('same file again', () => catalog.import(first, 'replace'));
    step('first merged', () => catalog.import(first, 'merge'));
    expect(steps).toMatchSnapshot();
    closeDatabase(db);
  });

  it('previews and refusals of broken files', () => {
    const { db, catalog } = openCatalog(tempDir(), clock());
    const files = { first, second, broken, headerProblems, manyProblems, empty: '', headerOnly: 'name;price;vat\n\n' };
    const counted: Record<string, number> = {};
    const results: Record<string, unknown> = {};
    for (const [name, csv] of Object.entries(files)) {
      // The count the streamed preview adds (every problem, where the list stops at 500) is
      // checked apart from the snapshot, which holds what the whole-file preview gave.
      const { problemCount, ...preview } = catalog.preview(csv);
      counted[name] = problemCount;
      results[name] = { preview, merge: outcome(() => catalog.import(csv, 'merge')) };
    }
    expect(counted).toEqual({ first: 0, second: 0, broken: 15, headerProblems: 4, manyProblems: 700, empty: 1, headerOnly: 1 });
    expect({ results, after: tables(db) }).toMatchSnapshot();
    closeDatabase(db);
  });
});
