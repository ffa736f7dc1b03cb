import { describe, expect, it } from 'vitest';
import type { ProductDraft } from '../../shared/catalogue-admin';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { readImportFile } from './read-import-file';
import { templateCsv } from './template-csv';
import { ean13 } from './testing/barcodes';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();
const bread = ean13('476000100001');
const milk = ean13('476000200001');

const draft = (name: string, fields: Partial<ProductDraft> = {}): ProductDraft => ({
  name,
  code: '',
  barcodes: [],
  vatRate: 'vat18',
  unit: 'piece',
  categoryId: null,
  favourite: false,
  ...fields,
});

/** The failure a call throws, to be matched field by field. */
function failure(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('products edited in the app, on a real database file', () => {
  it('adds a product that the counter then finds by name and barcode, scans and shows as a quick key', () => {
    const { db, catalog } = openCatalog(tempDir());
    const made = catalog.editor.create(draft('Çörək ağ', { barcodes: [bread], code: '1001', favourite: true }), 70);
    expect(made).toMatchObject({ name: 'Çörək ağ', price: 70, codeType: 'ean13', active: true, categoryId: null, markingRequired: false });
    expect(catalog.search('corek', 10).map((p) => p.id)).toEqual([made.id]);
    expect(catalog.search(bread, 10).map((p) => p.id)).toEqual([made.id]);
    expect(catalog.scan(bread).product?.id).toBe(made.id);
    expect(catalog.favourites().map((p) => p.name)).toEqual(['Çörək ağ']);
    expect(db.prepare("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)").run()).toBeTruthy();
    closeDatabase(db);
  });

  it('edits name, barcodes, code, group, unit and category, keeping the price; search follows the new name alone', () => {
    const { db, catalog } = openCatalog(tempDir());
    const dairy = catalog.categories.save(undefined, 'Süd məhsulları');
    const made = catalog.editor.create(draft('Süd', { barcodes: [milk] }), 189);
    const edited = catalog.editor.update(made.id, draft('Qatıq Atena', { barcodes: ['2000001'], code: 'Q1', vatRate: 'vatFree', unit: 'kg', categoryId: dairy.id }));
    expect(edited).toMatchObject({ id: made.id, name: 'Qatıq Atena', price: 189, barcodes: ['2000001'], code: 'Q1', vatRate: 'vatFree', unit: 'kg', codeType: 'plain', categoryId: dairy.id });
    expect(catalog.search('süd', 10)).toEqual([]);
    expect(catalog.search('atena', 10).map((p) => p.id)).toEqual([made.id]);
    expect(catalog.scan(milk).product).toBeNull();
    expect(catalog.categories.list()).toEqual([{ id: dairy.id, name: 'Süd məhsulları', products: 1 }]);
    expect(catalog.editor.list({ query: '', status: 'active', categoryId: dairy.id, offset: 0, limit: 10 }).items.map((p) => p.id)).toEqual([made.id]);
    expect(db.prepare("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)").run()).toBeTruthy();
    closeDatabase(db);
  });

  it('refuses a barcode or a code another product holds, naming that product, and writes nothing', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.editor.create(draft('Çörək', { barcodes: [bread], code: '1001' }), 70);
    const milkMade = catalog.editor.create(draft('Süd'), 189);
    expect(failure(() => catalog.editor.create(draft('Başqa', { barcodes: [bread] }), 1))).toMatchObject({
      code: 'invalid_input',
      details: { field: 'barcodes', value: bread, holder: { name: 'Çörək', active: true } },
    });
    expect(failure(() => catalog.editor.update(milkMade.id, draft('Süd', { code: '1001' })))).toMatchObject({ details: { field: 'code', value: '1001' } });
    expect(failure(() => catalog.editor.create(draft('X', { categoryId: 42 }), 1))).toMatchObject({ code: 'invalid_input' });
    expect(catalog.editor.list({ query: '', status: 'active', categoryId: null, offset: 0, limit: 10 }).items.map((p) => p.name)).toEqual(['Çörək', 'Süd']);
    closeDatabase(db);
  });

  it('changes a price and says what it was', () => {
    const { db, catalog } = openCatalog(tempDir());
    const made = catalog.editor.create(draft('Çörək'), 70);
    expect(catalog.editor.setPrice(made.id, 75)).toMatchObject({ oldPrice: 70, product: { price: 75 } });
    expect(catalog.search('çörək', 1)[0]?.price).toBe(75);
    closeDatabase(db);
  });

  it('deactivates a product: kept, but neither found, scanned, exported nor a quick key; reactivated, all of it is back', () => {
    const { db, catalog } = openCatalog(tempDir());
    const made = catalog.editor.create(draft('Çörək', { barcodes: [bread], code: '1001', favourite: true }), 70);
    catalog.quickKeys.save([{ name: 'Əsas', productIds: [made.id] }]);
    catalog.editor.setActive(made.id, false);
    expect(catalog.search('çörək', 10)).toEqual([]);
    expect(catalog.search('1001', 10)).toEqual([]);
    expect(catalog.scan(bread)).toEqual({ product: null });
    expect(catalog.favourites()).toEqual([]);
    expect(catalog.quickKeys.pages()).toMatchObject([{ name: 'Əsas', products: [] }]);
    expect(catalog.export()).not.toContain('Çörək');
    expect(catalog.editor.list({ query: 'cor', status: 'inactive', categoryId: null, offset: 0, limit: 10 }).items.map((p) => p.name)).toEqual(['Çörək']);
    expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 1 });

    catalog.editor.setActive(made.id, true);
    expect(catalog.scan(bread).product?.id).toBe(made.id);
    expect(catalog.quickKeys.pages()[0]?.products.map((p) => p.id)).toEqual([made.id]);
    closeDatabase(db);
  });

  it('lists a long catalogue a page at a time, by name', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.import(csvOf(Array.from({ length: 250 }, (_, i) => productRow(`Məhsul ${String(i).padStart(3, '0')}`))), 'replace');
    const first = catalog.editor.list({ query: '', status: 'active', categoryId: null, offset: 0, limit: 200 });
    const second = catalog.editor.list({ query: '', status: 'active', categoryId: null, offset: 200, limit: 200 });
    expect([first.items.length, first.more, second.items.length, second.more]).toEqual([200, true, 50, false]);
    expect(second.items[49]?.name).toBe('Məhsul 249');
    expect(catalog.editor.list({ query: 'məhsul 24', status: 'active', categoryId: null, offset: 0, limit: 5 }).items.map((p) => p.name)).toEqual(['Məhsul 240', 'Məhsul 241', 'Məhsul 242', 'Məhsul 243', 'Məhsul 244']);
    closeDatabase(db);
  });
});

describe('replace', () => {
  it('deactivates what the file does not name, keeps the products it names with their quick keys and categories, and frees barcodes it gives away', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.import(csvOf([productRow('Çörək', { code: '1001', barcodes: bread }), productRow('Süd', { code: '1003', barcodes: milk }), productRow('Qatıq')]), 'replace');
    const breadId = catalog.scan(bread).product!.id;
    const dairy = catalog.categories.save(undefined, 'Çörək');
    catalog.editor.update(breadId, draft('Çörək', { code: '1001', barcodes: [bread], categoryId: dairy.id }));
    catalog.quickKeys.save([{ name: 'Əsas', productIds: [breadId] }]);

    // Süd is gone from the file, and its barcode now belongs to a new product (as its second one).
    expect(catalog.import(csvOf([productRow('Çörək təzə', { code: '1001', barcodes: bread, price: '0,80' }), productRow('Ayran', { barcodes: `2000005|${milk}` }), productRow('Qatıq')]), 'replace')).toBe(3);
    expect(catalog.scan(bread).product).toMatchObject({ id: breadId, name: 'Çörək təzə', price: 80 });
    expect(catalog.editor.item(breadId).categoryId).toBe(dairy.id);
    expect(catalog.quickKeys.pages()[0]?.products.map((p) => p.id)).toEqual([breadId]);
    expect(catalog.scan(milk).product?.name).toBe('Ayran');
    expect(catalog.search('süd', 10)).toEqual([]);
    expect(catalog.editor.list({ query: '', status: 'inactive', categoryId: null, offset: 0, limit: 10 }).items).toMatchObject([{ name: 'Süd', barcodes: [], code: '1003' }]);
    // The same file twice changes nothing: a row without code or barcode keeps its product by name.
    const ids = () => db.prepare('SELECT id, active FROM products ORDER BY id').all();
    const before = ids();
    catalog.import(catalog.export(), 'replace');
    expect(ids()).toEqual(before);
    closeDatabase(db);
  });
});

describe('the template', () => {
  it('holds every import column and one example row that the importer reads back, in the device’s tax group', () => {
    const csv = templateCsv('vat20');
    expect(csv.startsWith('\uFEFFname;barcodes;code;price;vat;unit;codeType;markingRequired;favourite;position\r\n')).toBe(true);
    const file = readImportFile(csv);
    expect(file.problems).toEqual([]);
    expect(file.valid).toHaveLength(1);
    expect(file.valid[0]).toMatchObject({ name: 'Çörək ağ 500 g', price: 70, vat: 'vat20', barcodes: ['4761234000018'] });
    const { db, catalog } = openCatalog(tempDir());
    expect(catalog.import(csv, 'merge')).toBe(1);
    closeDatabase(db);
  });
});

describe('quick-key pages', () => {
  it('keeps the manager’s pages and keys in order, a product once per page, and refuses a product that does not exist', () => {
    const { db, catalog } = openCatalog(tempDir());
    const a = catalog.editor.create(draft('Çay'), 100).id;
    const b = catalog.editor.create(draft('Qəhvə'), 300).id;
    const saved = catalog.quickKeys.save([
      { name: 'İçkilər', productIds: [b, a, b] },
      { name: 'Boş', productIds: [] },
    ]);
    expect(saved.map((page) => [page.name, page.products.map((p) => p.id)])).toEqual([
      ['İçkilər', [b, a]],
      ['Boş', []],
    ]);
    expect(failure(() => catalog.quickKeys.save([{ name: 'X', productIds: [999] }]))).toMatchObject({ code: 'invalid_input' });
    expect(catalog.quickKeys.pages().map((page) => page.name)).toEqual(['İçkilər', 'Boş']);
    expect(catalog.quickKeys.save([])).toEqual([]);
    closeDatabase(db);
  });
});
