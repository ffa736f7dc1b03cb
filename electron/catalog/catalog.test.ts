import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../shared/catalog';
import { CodeType, QuantityUnit, VatRate } from '../../shared/fiscal/catalogue-types';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { ImportRefusedError, maxListedProblems } from './catalog-import';
import { newProduct } from './import-row';
import { readImportFile } from './read-import-file';
import { ean13, scaleLabel } from './testing/barcodes';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();

const bread = ean13('476000100001');
const milk = ean13('476000200001');
const tea = ean13('482000300001');

/** A small shop in Baku with some Ukrainian and Russian goods on the shelf. */
const shop = csvOf([
  productRow('Çörək ağ', { barcodes: bread, code: '1001', price: '0,70', favourite: 'yes', position: '2' }),
  productRow('Kənd çörəyi', { code: '1002', price: '1,20' }),
  productRow('Süd 3,2% 1 l', { barcodes: `${milk}|2000002`, code: '1003', price: '1,89', favourite: 'yes', position: '1' }),
  productRow('Олія соняшникова 1 л', { code: '2001', price: '4,10' }),
  productRow('Молоко 2,5%', { code: '2002', price: '1,75' }),
  productRow('Чай чорний', { barcodes: tea, code: '2003', price: '3,30' }),
  productRow("М'ясо свиняче", { code: '2004', unit: 'kg', price: '12,00' }),
  productRow('Pomidor', { barcodes: '2212345', code: '12345', unit: 'kg', price: '3,49', vat: 'vatFree' }),
  productRow('Alma Qızıl Əhmədi', { code: '00042', unit: 'kg', price: '2,15', vat: 'simplified2', favourite: 'yes' }),
  productRow('Çörəkçi bıçağı', { code: '100100', price: '9,99' }),
]);

function openShop() {
  const opened = openCatalog(tempDir());
  expect(opened.catalog.import(shop, 'replace')).toBe(10);
  return opened;
}

const names = (products: readonly Product[]) => products.map((p) => p.name);

describe('search', () => {
  it('finds nothing for an empty query', () => {
    const { db, catalog } = openShop();
    expect(catalog.search('', 30)).toEqual([]);
    expect(catalog.search('   ', 30)).toEqual([]);
    expect(catalog.search('!!!', 30)).toEqual([]);
    closeDatabase(db);
  });

  it('finds Azerbaijani names however they are typed, names starting with the query first', () => {
    const { db, catalog } = openShop();
    for (const typed of ['çör', 'cor', 'ÇÖR', 'Çörək', 'corek']) {
      expect(names(catalog.search(typed, 30)).slice(0, 2), typed).toEqual(['Çörək ağ', 'Çörəkçi bıçağı']);
    }
    expect(names(catalog.search('çör', 30))).toEqual(['Çörək ağ', 'Çörəkçi bıçağı', 'Kənd çörəyi']);
    expect(names(catalog.search('qizil ahm', 30))).toEqual([]);
    expect(names(catalog.search('qizil əhm', 30))).toEqual(['Alma Qızıl Əhmədi']);
    expect(names(catalog.search('bicag', 30))).toEqual(['Çörəkçi bıçağı']);
    closeDatabase(db);
  });

  it('finds Ukrainian and Russian names across the two alphabets', () => {
    const { db, catalog } = openShop();
    expect(names(catalog.search('мол', 30))).toEqual(['Молоко 2,5%']);
    expect(names(catalog.search('олия', 30))).toEqual(['Олія соняшникова 1 л']);
    expect(names(catalog.search('олiя', 30))).toEqual(['Олія соняшникова 1 л']);
    expect(names(catalog.search('ОЛІЯ 1', 30))).toEqual(['Олія соняшникова 1 л']);
    expect(names(catalog.search('чаи', 30))).toEqual(['Чай чорний']);
    expect(names(catalog.search('мясо', 30))).toEqual(["М'ясо свиняче"]);
    expect(names(catalog.search('черн', 30))).toEqual([]);
    closeDatabase(db);
  });

  it('needs every word of the query, each starting a word of the name, in any order', () => {
    const { db, catalog } = openShop();
    expect(names(catalog.search('ag cor', 30))).toEqual(['Çörək ağ']);
    expect(names(catalog.search('sud 1 l', 30))).toEqual(['Süd 3,2% 1 l']);
    expect(names(catalog.search('çörək qara', 30))).toEqual([]);
    closeDatabase(db);
  });

  it('puts favourites first among names that start alike', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.import(csvOf([productRow('Süd Milla'), productRow('Süd Atena'), productRow('Süd Gilan', { favourite: 'yes' }), productRow('Qatıq süd')]), 'replace');
    expect(names(catalog.search('süd', 30))).toEqual(['Süd Gilan', 'Süd Atena', 'Süd Milla', 'Qatıq süd']);
    expect(names(catalog.search('süd', 2))).toEqual(['Süd Gilan', 'Süd Atena']);
    closeDatabase(db);
  });

  it('takes digits as a barcode first, then as the start of a code, then as part of a name', () => {
    const { db, catalog } = openShop();
    expect(names(catalog.search(bread, 30))).toEqual(['Çörək ağ']);
    expect(names(catalog.search('2000002', 30))).toEqual(['Süd 3,2% 1 l']);
    expect(names(catalog.search('1001', 30))).toEqual(['Çörək ağ', 'Çörəkçi bıçağı']);
    // Codes in their text order: the one typed in full comes first.
    expect(names(catalog.search('100', 30))).toEqual(['Çörək ağ', 'Çörəkçi bıçağı', 'Kənd çörəyi', 'Süd 3,2% 1 l']);
    expect(names(catalog.search('2', 30))).toEqual(['Олія соняшникова 1 л', 'Молоко 2,5%', 'Чай чорний', "М'ясо свиняче", 'Süd 3,2% 1 l']);
    expect(names(catalog.search('1', 3))).toHaveLength(3);
    closeDatabase(db);
  });

  it('takes a code with letters as a code, typed in any case', () => {
    const opened = openCatalog(tempDir());
    const withLetters = csvOf([productRow('Dəftər A5', { code: 'X1999', price: '1,50' }), productRow('Qələm', { code: 'X2000', price: '0,50' }), productRow('X-ray film', { code: '77', price: '9,00' })]);
    expect(opened.catalog.import(withLetters, 'replace')).toBe(3);
    expect(names(opened.catalog.search('X1999', 30))).toEqual(['Dəftər A5']);
    expect(names(opened.catalog.search('x1999', 30))).toEqual(['Dəftər A5']);
    expect(names(opened.catalog.search('x2', 30))).toEqual(['Qələm']);
    // A word without digits is a name.
    expect(names(opened.catalog.search('x', 30))).toEqual(['X-ray film']);
    closeDatabase(opened.db);
  });

  it('never returns more than asked, nor a product twice', () => {
    const { db, catalog } = openShop();
    fc.assert(
      fc.property(fc.constantFrom('1', '10', '2', 'ç', 'с', 'о', 'süd 1', 'al', '00', 'a', ' '), fc.integer({ min: 1, max: 12 }), (query, limit) => {
        const found = catalog.search(query, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        expect(new Set(found.map((p) => p.id)).size).toBe(found.length);
      }),
    );
    closeDatabase(db);
  });
});

describe('scan', () => {
  it('finds a product by any of its barcodes, exactly', () => {
    const { db, catalog } = openShop();
    expect(catalog.scan(bread)).toEqual({ product: expect.objectContaining({ name: 'Çörək ağ', barcodes: [bread], price: 70 }) as Product });
    expect(catalog.scan('2000002').product?.name).toBe('Süd 3,2% 1 l');
    expect(catalog.scan(bread.slice(0, 12))).toEqual({ product: null });
    expect(catalog.scan('nothing')).toEqual({ product: null });
    expect(catalog.byBarcode(milk)?.barcodes).toEqual([milk, '2000002']);
    closeDatabase(db);
  });

  it('reads the weight from a scale’s label, finding the item by "2PIIIII" or by its code', () => {
    const { db, catalog } = openShop();
    expect(catalog.scan(scaleLabel('22', '12345', 1250))).toEqual({ product: expect.objectContaining({ name: 'Pomidor' }) as Product, quantity: 1250 });
    // Pomidor's barcode is "2212345": under prefix 27 it is found by its code 12345.
    expect(catalog.scan(scaleLabel('27', '12345', 480))).toMatchObject({ product: { name: 'Pomidor' }, quantity: 480 });
    // The code 00042 is found as written, and 00043 as "43", the way a shop may have typed it.
    expect(catalog.scan(scaleLabel('20', '00042', 905))).toMatchObject({ product: { name: 'Alma Qızıl Əhmədi' }, quantity: 905 });
    catalog.import(csvOf([productRow('Armud', { code: '43', unit: 'kg' })]), 'merge');
    expect(catalog.scan(scaleLabel('20', '00043', 1))).toMatchObject({ product: { name: 'Armud' }, quantity: 1 });
    expect(catalog.scan(scaleLabel('20', '99999', 905))).toEqual({ product: null });
    closeDatabase(db);
  });

  it('reads the price from a label in price mode', () => {
    const { db, catalog, settings } = openShop();
    settings.set('weightedBarcodes', { enabled: true, prefixes: ['22'], mode: 'price' });
    expect(catalog.scan(scaleLabel('22', '12345', 436))).toMatchObject({ product: { name: 'Pomidor' }, price: 436 });
    expect(catalog.scan(scaleLabel('22', '12345', 436))).not.toHaveProperty('quantity');
    closeDatabase(db);
  });

  it('reads no label with a wrong check digit, a prefix not set up, or with labels switched off', () => {
    const { db, catalog, settings } = openShop();
    const label = scaleLabel('22', '12345', 1250);
    const misread = label.slice(0, 12) + String((Number(label[12]) + 3) % 10);
    expect(catalog.scan(misread)).toEqual({ product: null });
    settings.set('weightedBarcodes', { enabled: true, prefixes: ['20', '21'], mode: 'weight' });
    expect(catalog.scan(label)).toEqual({ product: null });
    settings.set('weightedBarcodes', { enabled: false, prefixes: ['22'], mode: 'weight' });
    expect(catalog.scan(label)).toEqual({ product: null });
    closeDatabase(db);
  });

  it('prefers a barcode the catalogue holds over reading it as a label, even with a wrong check digit', () => {
    const { db, catalog } = openShop();
    const packed = scaleLabel('22', '12345', 500);
    const odd = '2212345005009';
    catalog.import(csvOf([productRow('Pomidor 500 q paket', { barcodes: `${packed}|${odd}`, code: 'P500' })]), 'merge');
    expect(catalog.scan(packed)).toEqual({ product: expect.objectContaining({ name: 'Pomidor 500 q paket' }) as Product });
    expect(catalog.scan(odd).product?.name).toBe('Pomidor 500 q paket');
    closeDatabase(db);
  });
});

describe('favourites', () => {
  it('lists the quick keys by position, those without one after them by name', () => {
    const { db, catalog } = openShop();
    expect(names(catalog.favourites())).toEqual(['Süd 3,2% 1 l', 'Çörək ağ', 'Alma Qızıl Əhmədi']);
    closeDatabase(db);
  });
});

describe('import', () => {
  it('previews rows, problems and a sample without writing anything', () => {
    const { db, catalog } = openShop();
    const csv = csvOf([productRow('Qatıq', { barcodes: '4760009000011' }), productRow('Pendir', { price: 'free' }), productRow('Yağ', { favourite: 'da' })]);
    expect(catalog.preview(csv)).toEqual({
      rows: 3,
      valid: 1,
      problems: [
        { row: 2, column: 'price', code: 'badPrice', value: 'free' },
        { row: 3, column: 'favourite', code: 'badFlag', value: 'da' },
      ],
      problemCount: 2,
      sample: [
        {
          name: 'Qatıq',
          code: '',
          barcodes: ['4760009000011'],
          price: 100,
          vatRate: 'vat18',
          unit: 'piece',
          codeType: 'ean13',
          markingRequired: false,
          favourite: false,
          position: null,
        },
      ],
    });
    expect(catalog.search('qat', 30)).toEqual([]);
    closeDatabase(db);
  });

  it('lists at most 500 problems and samples the first 20 valid rows', () => {
    const { db, catalog } = openCatalog(tempDir());
    const rows = Array.from({ length: 1_200 }, (_, i) => productRow(`Məhsul ${i}`, { price: i % 2 ? 'x' : '1' }));
    const preview = catalog.preview(csvOf(rows));
    expect(preview).toMatchObject({ rows: 1_200, valid: 600 });
    expect(preview.problems).toHaveLength(maxListedProblems);
    expect(preview.sample.map((p) => p.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Məhsul ${i * 2}`));
    closeDatabase(db);
  });

  it('imports all or nothing: one bad row leaves the catalogue exactly as it was', () => {
    const { db, catalog } = openShop();
    const before = catalog.export();
    const bad = csvOf([productRow('Qatıq'), productRow('Pendir', { vat: '21' }), productRow('Yağ')]);
    for (const mode of ['replace', 'merge'] as const) {
      expect(() => catalog.import(bad, mode)).toThrow(ImportRefusedError);
      expect(catalog.export()).toBe(before);
    }
    try {
      catalog.import(bad, 'replace');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportRefusedError);
      expect((error as ImportRefusedError).problems).toEqual([{ row: 2, column: 'vat', code: 'badVat', value: '21' }]);
    }
    closeDatabase(db);
  });

  it('rolls back a write that fails half way', () => {
    const { db, catalog } = openShop();
    const before = catalog.export();
    // A trigger stands in for whatever can fail inside the transaction (a full disk, a bug).
    db.exec("CREATE TRIGGER fail_on_yag BEFORE INSERT ON products WHEN NEW.name = 'Yağ' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => catalog.import(csvOf([productRow('Qatıq'), productRow('Yağ')]), 'replace')).toThrow(/disk full/);
    expect(catalog.export()).toBe(before);
    expect(names(catalog.search('çör', 30))).toEqual(['Çörək ağ', 'Çörəkçi bıçağı', 'Kənd çörəyi']);
    closeDatabase(db);
  });

  it('replace makes the file the catalogue', () => {
    const { db, catalog } = openShop();
    expect(catalog.import(csvOf([productRow('Qatıq', { barcodes: bread })]), 'replace')).toBe(1);
    expect(names(catalog.search('çör', 30))).toEqual([]);
    expect(catalog.scan(bread).product?.name).toBe('Qatıq');
    expect(catalog.favourites()).toEqual([]);
    closeDatabase(db);
  });

  it('merge updates the products the file names by code, else by first barcode, and adds the rest', () => {
    const { db, catalog } = openShop();
    const before = catalog.scan(bread).product!;
    const csv = csvOf(
      [
        { name: 'Çörək ağ təzə', code: '1001', price: '0,75', vat: 'vat18' },
        { name: 'Süd 3,2% 1 l Milla', barcodes: `${milk}|2000003`, price: '1,99', vat: 'vat18' },
        { name: 'Qatıq', barcodes: '4760009000011', code: '3001', price: '1,10', vat: 'vat18' },
      ],
      ['name', 'barcodes', 'code', 'price', 'vat'],
    );
    expect(catalog.import(csv, 'merge')).toBe(3);
    // Matched by code; its empty barcodes cell says nothing, so the barcode stays.
    expect(catalog.scan(bread).product).toMatchObject({ id: before.id, name: 'Çörək ağ təzə', price: 75, barcodes: [bread], favourite: true, position: 2, codeType: 'ean13' });
    // Matched by its first barcode: its code stays, its barcodes are the file's.
    expect(catalog.scan('2000003').product).toMatchObject({ name: 'Süd 3,2% 1 l Milla', code: '1003', barcodes: [milk, '2000003'], price: 199 });
    expect(catalog.scan('2000002')).toEqual({ product: null });
    expect(catalog.scan('4760009000011').product).toMatchObject({ name: 'Qatıq', code: '3001', codeType: 'ean13' });
    expect(names(catalog.search('çör', 30))).toEqual(['Çörək ağ təzə', 'Çörəkçi bıçağı', 'Kənd çörəyi']);
    expect(names(catalog.search('çörək ağ', 30))).toEqual(['Çörək ağ təzə']);
    expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 11 });
    closeDatabase(db);
  });

  it('merge writes only the products the file changes, and a price list keeps search as it was', () => {
    const later = new Date('2026-12-01T09:00:00.000Z');
    const dir = tempDir();
    const first = openCatalog(dir);
    first.catalog.import(shop, 'replace');
    closeDatabase(first.db);
    const { db, catalog } = openCatalog(dir, () => later);
    const prices = csvOf(
      [
        { code: '1001', name: 'Çörək ağ', price: '0,80', vat: 'vat18' },
        { code: '2001', name: 'Олія соняшникова 1 л', price: '4,10', vat: 'vat18' },
      ],
      ['code', 'name', 'price', 'vat'],
    );
    expect(catalog.import(prices, 'merge')).toBe(2);
    const updatedAt = (code: string) => (db.prepare('SELECT updated_at AS at FROM products WHERE code = ?').get(code) as { at: string }).at;
    expect(updatedAt('1001')).toBe(later.toISOString());
    expect(updatedAt('2001')).toBe('2026-11-23T10:00:00.000Z');
    expect(catalog.search('çör', 1)[0]).toMatchObject({ name: 'Çörək ağ', price: 80 });
    expect(names(catalog.search('олия', 30))).toEqual(['Олія соняшникова 1 л']);
    expect(() => db.exec("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    closeDatabase(db);
  });

  it('merge keeps what the file has no column for', () => {
    const { db, catalog } = openShop();
    catalog.import(csvOf([{ code: '1003', name: 'Süd 3,2% 1 l', price: '2,05', vat: '18' }], ['code', 'name', 'price', 'vat']), 'merge');
    expect(catalog.scan(milk).product).toMatchObject({ price: 205, barcodes: [milk, '2000002'], codeType: 'ean13', favourite: true, position: 1 });
    closeDatabase(db);
  });

  it('merge leaves what an empty cell does not say, and a new product takes the defaults', () => {
    const { db, catalog } = openShop();
    const csv = csvOf([
      productRow("M'ясо свиняче", { code: '2004', price: '11,50' }),
      productRow('Kəsmik', { code: '3002' }),
    ]);
    expect(catalog.import(csv, 'merge')).toBe(2);
    expect(catalog.search('2004', 1)[0]).toMatchObject({ name: "M'ясо свиняче", price: 1150, unit: 'kg' });
    expect(catalog.search('çör', 1)[0]).toMatchObject({ favourite: true, position: 2, barcodes: [bread] });
    expect(catalog.search('3002', 1)[0]).toMatchObject({ unit: 'piece', codeType: 'plain', favourite: false, position: null, barcodes: [] });
    closeDatabase(db);
  });

  it('merge refuses a barcode of a product whose row keeps its barcodes', () => {
    const { db, catalog } = openShop();
    const csv = csvOf([productRow('Çörək ağ', { code: '1001' }), productRow('Qatıq', { code: '3001', barcodes: `4760009000011|${bread}` })]);
    expect(() => catalog.import(csv, 'merge')).toThrow(ImportRefusedError);
    expect(catalog.scan(bread).product?.name).toBe('Çörək ağ');
    closeDatabase(db);
  });

  it('merge refuses a barcode that another product keeps, and lets barcodes move between products it updates', () => {
    const { db, catalog } = openShop();
    const before = catalog.export();
    const stolen = csvOf([productRow('Qatıq', { code: '3001', barcodes: `4760009000011|${tea}` })]);
    expect(() => catalog.import(stolen, 'merge')).toThrow(ImportRefusedError);
    try {
      catalog.import(stolen, 'merge');
    } catch (error) {
      expect((error as ImportRefusedError).problems).toEqual([{ row: 1, column: 'barcodes', code: 'duplicateBarcode', value: tea }]);
    }
    expect(catalog.export()).toBe(before);
    // Replace has no other products to clash with.
    expect(catalog.import(stolen, 'replace')).toBe(1);

    catalog.import(shop, 'replace');
    const swap = csvOf([productRow('Çörək ağ', { code: '1001', barcodes: milk }), productRow('Süd 3,2% 1 l', { code: '1003', barcodes: bread })]);
    expect(catalog.import(swap, 'merge')).toBe(2);
    expect(catalog.scan(milk).product?.name).toBe('Çörək ağ');
    expect(catalog.scan(bread).product?.name).toBe('Süd 3,2% 1 l');
    closeDatabase(db);
  });

  it('merge takes a product by its code before another row can take it by a barcode', () => {
    const { db, catalog } = openShop();
    const csv = csvOf([productRow('Çörək (barkodla)', { barcodes: bread }), productRow('Çörək ağ', { code: '1001', barcodes: '2000009' })]);
    expect(catalog.import(csv, 'merge')).toBe(2);
    expect(catalog.search('2000009', 1)[0]).toMatchObject({ name: 'Çörək ağ', code: '1001' });
    expect(catalog.scan(bread).product).toMatchObject({ name: 'Çörək (barkodla)', code: '' });
    closeDatabase(db);
  });

  it('exports a file that imports back to the same catalogue', () => {
    const { db, catalog } = openShop();
    const exported = catalog.export();
    expect(exported.startsWith('\uFEFFname;barcodes;code;price;vat;unit;codeType;markingRequired;favourite;position\r\n')).toBe(true);
    expect(exported).toContain(`Çörək ağ;${bread};1001;0,70;vat18;piece;ean13;no;yes;2\r\n`);
    const { db: other, catalog: copy } = openCatalog(tempDir());
    copy.import(exported, 'replace');
    expect(copy.export()).toBe(exported);
    closeDatabase(db);
    closeDatabase(other);
  });

  it('round-trips any catalogue through export and import', () => {
    const { db, catalog } = openCatalog(tempDir());
    const word = fc.stringMatching(/^[A-Za-zÇçƏəĞğİıÖöŞşÜüА-Яа-яІіЇїЄєҐґ0-9%,.;"'|-]{1,12}$/);
    const product = fc.record({
      name: fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
      code: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9A-Z]{1,8}$/)),
      barcodes: fc.uniqueArray(fc.stringMatching(/^[0-9]{6,13}$/), { maxLength: 3 }),
      price: fc.integer({ min: 0, max: 99_999_999_999 }),
      vatRate: fc.constantFrom(...VatRate.options),
      unit: fc.constantFrom(...QuantityUnit.options),
      codeType: fc.constantFrom(...CodeType.options),
      markingRequired: fc.boolean(),
      favourite: fc.boolean(),
      position: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: null }),
    });
    const catalogue = fc
      .uniqueArray(product, { minLength: 1, maxLength: 15, selector: (p) => p.code || Symbol() })
      .filter((list) => new Set(list.flatMap((p) => p.barcodes)).size === list.flatMap((p) => p.barcodes).length);
    fc.assert(
      fc.property(catalogue, (products) => {
        const csv = csvOf(
          products.map((p) => ({
            name: p.name,
            code: p.code,
            barcodes: p.barcodes.join('|'),
            price: `${(p.price - (p.price % 100)) / 100}.${String(p.price % 100).padStart(2, '0')}`,
            vat: p.vatRate,
            unit: p.unit,
            codeType: p.codeType,
            markingRequired: p.markingRequired ? 'true' : 'false',
            favourite: p.favourite ? '1' : '0',
            position: p.position === null ? '' : String(p.position),
          })),
        );
        catalog.import(csv, 'replace');
        const exported = catalog.export();
        catalog.import(exported, 'replace');
        expect(catalog.export()).toBe(exported);
        // A replace keeps the products it names (their ids, so the export's order, are older
        // than the file's rows): the catalogue is the file's products, in whatever order.
        const inOrder = (list: readonly unknown[]) => list.map((p) => JSON.stringify(p)).sort();
        expect(inOrder(readImportFile(exported).valid.map(newProduct))).toEqual(inOrder(products));
      }),
      { numRuns: 60 },
    );
    closeDatabase(db);
  });
});
