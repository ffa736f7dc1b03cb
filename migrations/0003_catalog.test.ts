import { describe, expect, it } from 'vitest';
import { catalogReads } from '../electron/catalog/product-queries';
import { openCatalog } from '../electron/catalog/testing/catalog-db';
import { closeDatabase, type Db } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';
import { foldForSearch } from '../shared/search-folding';

const tempDir = useTempDirs();

function insertProduct(db: Db, name: string, fields: Record<string, unknown> = {}): number {
  const row = { name, code: '', price: 100, vat_rate: 'vat18', unit: 'piece', code_type: 'plain', marking_required: 0, favourite: 0, position: null, ...fields };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
       VALUES (@name, @code, @price, @vat_rate, @unit, @code_type, @marking_required, @favourite, @position, @folded, 'now', 'now')`,
    )
    .run({ ...row, folded: foldForSearch(name) });
  return Number(lastInsertRowid);
}

const addBarcode = (db: Db, barcode: string, productId: number, ordinal = 0) =>
  db.prepare('INSERT INTO product_barcodes (barcode, product_id, ordinal) VALUES (?, ?, ?)').run(barcode, productId, ordinal);

function plan(db: Db, sql: string): string {
  const parameters = (sql.match(/\?/g) ?? []).map(() => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('0003_catalog', () => {
  it('refuses values outside the enums, negative prices and flags other than 0 and 1', () => {
    const { db } = openCatalog(tempDir());
    insertProduct(db, 'Çörək');
    expect(() => insertProduct(db, 'x', { vat_rate: 'vat21' })).toThrow(/CHECK/);
    expect(() => insertProduct(db, 'x', { unit: 'box' })).toThrow(/CHECK/);
    expect(() => insertProduct(db, 'x', { code_type: 'qr' })).toThrow(/CHECK/);
    expect(() => insertProduct(db, 'x', { price: -1 })).toThrow(/CHECK/);
    expect(() => insertProduct(db, 'x', { price: 1.5 })).toThrow(/cannot store REAL value in INTEGER column/);
    expect(() => insertProduct(db, 'x', { favourite: 2 })).toThrow(/CHECK/);
    expect(() => insertProduct(db, 'x', { position: -1 })).toThrow(/CHECK/);
    expect(() => insertProduct(db, '')).toThrow(/CHECK/);
    closeDatabase(db);
  });

  it('gives a barcode to one product only, a code to one product only, and any number of products no code', () => {
    const { db } = openCatalog(tempDir());
    const bread = insertProduct(db, 'Çörək', { code: '1001' });
    const milk = insertProduct(db, 'Süd');
    insertProduct(db, 'Qatıq');
    addBarcode(db, '4760001000019', bread);
    addBarcode(db, '4760001000026', bread, 1);
    expect(() => addBarcode(db, '4760001000019', milk)).toThrow(/UNIQUE/);
    expect(() => addBarcode(db, '4760001000033', bread, 1)).toThrow(/UNIQUE/);
    expect(() => addBarcode(db, '4760001000033', 999)).toThrow(/FOREIGN KEY/);
    expect(() => insertProduct(db, 'Çörək 2', { code: '1001' })).toThrow(/UNIQUE/);
    closeDatabase(db);
  });

  it('takes a product’s barcodes with it when the product goes', () => {
    const { db } = openCatalog(tempDir());
    const bread = insertProduct(db, 'Çörək');
    addBarcode(db, '4760001000019', bread);
    addBarcode(db, '2000001', bread, 1);
    db.prepare('DELETE FROM products WHERE id = ?').run(bread);
    expect(db.prepare('SELECT count(*) AS n FROM product_barcodes').get()).toEqual({ n: 0 });
    closeDatabase(db);
  });

  it('finds names by word prefixes once the index is rebuilt, as the store does after every import', () => {
    const { db } = openCatalog(tempDir());
    insertProduct(db, 'Çörək ağ');
    insertProduct(db, 'Олія соняшникова');
    db.exec("INSERT INTO products_fts (products_fts) VALUES ('rebuild')");
    const match = (query: string) =>
      (db.prepare('SELECT p.name FROM products_fts JOIN products p ON p.id = products_fts.rowid WHERE products_fts MATCH ?').all(query) as { name: string }[]).map(
        (r) => r.name,
      );
    expect(match('"cor"*')).toEqual(['Çörək ağ']);
    expect(match('"a"* "c"*')).toEqual(['Çörək ağ']);
    expect(match(`"${foldForSearch('олия')}"*`)).toEqual(['Олія соняшникова']);
    // The tokenizer folds what did not come through the app: a second line behind ours.
    expect(match('"ÇÖR"*')).toEqual(['Çörək ağ']);
    expect(match('"xyz"*')).toEqual([]);
    expect(() => db.exec("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    closeDatabase(db);
  });

  it('answers a scan, a code, a name and the quick keys from their indexes', () => {
    const { db } = openCatalog(tempDir());
    expect(plan(db, catalogReads.idByBarcode)).toMatch(/SEARCH product_barcodes USING PRIMARY KEY \(barcode=\?\)/);
    expect(plan(db, catalogReads.byId)).toMatch(/SEARCH b USING INDEX sqlite_autoindex_product_barcodes_2 \(product_id=\?\)/);
    expect(plan(db, catalogReads.byIds)).toMatch(/SEARCH p USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan(db, catalogReads.idByCode)).toMatch(/USING COVERING INDEX products_code \(code=\?\)/);
    // Since 0014 a code's product must also be sold, read from the row the index points at.
    expect(plan(db, catalogReads.idsByCodeStart)).toMatch(/USING INDEX products_code \(code>\? AND code<\?\)/);
    expect(plan(db, catalogReads.sellableIdByCode)).toMatch(/USING INDEX products_code \(code=\?\)/);
    expect(plan(db, catalogReads.sellableIdByBarcode)).toMatch(/SEARCH b USING PRIMARY KEY \(barcode=\?\)/);
    expect(plan(db, catalogReads.idsByNameStart)).toMatch(/USING COVERING INDEX products_name_start \(favourite=\? AND folded_name>\? AND folded_name<\?\)/);
    expect(plan(db, catalogReads.idsByNameStart)).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(plan(db, catalogReads.idsByNameWords)).toMatch(/SCAN products_fts VIRTUAL TABLE INDEX 0:M/);
    expect(plan(db, catalogReads.idsByNameWords)).toMatch(/SEARCH products USING INTEGER PRIMARY KEY/);
    expect(plan(db, catalogReads.favourites)).toMatch(/SEARCH p USING INDEX products_favourites \(favourite=\?\)/);
    closeDatabase(db);
  });
});
