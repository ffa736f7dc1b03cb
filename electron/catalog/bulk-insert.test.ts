import { describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { bulkInsertRows } from './import-apply';
import { ean13 } from './testing/barcodes';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();
const size = bulkInsertRows + 10_000;

const catalogueOf = (n: number) =>
  csvOf(Array.from({ length: n }, (_, i) => productRow(`${['Çörək', 'Молоко', 'Чай'][i % 3]} ${i}`, { code: String(10_000 + i), barcodes: ean13(`476${String(i).padStart(9, '0')}`) })));

function state(db: Db) {
  return {
    indexes: db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' ORDER BY name").all(),
    products: db.prepare('SELECT * FROM products ORDER BY id').all(),
    barcodes: db.prepare('SELECT * FROM product_barcodes ORDER BY barcode').all(),
    search: db.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH '\"мол\"*' ORDER BY rowid").all(),
  };
}

describe('a bulk insert with the products indexes made after it', () => {
  it('ends exactly as the same products added in steps below the bulk size, with every index back and sound', () => {
    const bulk = openCatalog(tempDir());
    const indexesBefore = state(bulk.db).indexes;
    expect(bulk.catalog.import(catalogueOf(size), 'replace')).toBe(size);

    const steps = openCatalog(tempDir());
    steps.catalog.import(catalogueOf(size / 2), 'replace');
    steps.catalog.import(catalogueOf(size), 'merge');

    const after = state(bulk.db);
    expect(after.indexes).toEqual(indexesBefore);
    expect(after).toEqual(state(steps.db));
    expect(bulk.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The remade indexes answer the counter's lookups.
    expect(bulk.catalog.scan(ean13('476000000007')).product?.code).toBe('10007');
  }, 120_000);

  it('a bulk insert that fails rolls the dropped indexes back with its rows', () => {
    const { db, catalog } = openCatalog(tempDir());
    const indexesBefore = state(db).indexes;
    // The insert fails midway, after the indexes were dropped: a trigger refuses the last row.
    db.exec("CREATE TEMP TRIGGER refuse_last AFTER INSERT ON main.products WHEN NEW.code = '" + String(10_000 + size - 1) + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    expect(() => catalog.import(catalogueOf(size), 'replace')).toThrow(/refused by the test/);
    expect(state(db).indexes).toEqual(indexesBefore);
    expect(db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(0);
  }, 120_000);
});
