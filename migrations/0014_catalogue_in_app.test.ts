import { describe, expect, it } from 'vitest';
import { catalogReads } from '../electron/catalog/product-queries';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase, type Db } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

const insert = `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
  VALUES (?, ?, ?, 'vat18', 'piece', 'plain', 0, ?, ?, ?, 'now', 'now')`;

function plan(db: Db, sql: string): string {
  const parameters = (sql.match(/\?/g) ?? []).map(() => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');
}

describe('0014_catalogue_in_app', () => {
  it('keeps every product with its barcodes, all of them sold and in no category', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations.filter((m) => m.version < 14));
    for (let i = 0; i < 50; i += 1) db.prepare(insert).run(`Məhsul ${i}`, i % 2 ? `C${i}` : '', 100 + i, i % 5 === 0 ? 1 : 0, i % 5 === 0 ? i : null, `mehsul ${i}`);
    db.prepare("INSERT INTO product_barcodes (barcode, product_id, ordinal) VALUES ('4760001000017', 1, 0), ('2000002', 1, 1), ('4820000000019', 7, 0)").run();
    const before = db.prepare('SELECT * FROM products ORDER BY id').all() as Record<string, unknown>[];
    const barcodes = db.prepare('SELECT * FROM product_barcodes ORDER BY barcode').all();

    // Up to this migration: a later one that adds a column to products has its own test.
    migrate(db, migrations.filter((m) => m.version <= 14));
    const after = db.prepare('SELECT * FROM products ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(before.map((row) => ({ ...row, active: 1, category_id: null })));
    expect(db.prepare('SELECT * FROM product_barcodes ORDER BY barcode').all()).toEqual(barcodes);
    db.exec("INSERT INTO products_fts (products_fts) VALUES ('rebuild')");
    expect(db.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH '\"mehsul\"* \"7\"'").all()).toEqual([{ rowid: 8 }]);
  });

  it('refuses flags other than 0 and 1, a category that does not exist, and a key for a product or page that does not exist', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    db.prepare(insert).run('Çörək', '1001', 70, 0, null, 'corek');
    expect(() => db.prepare('UPDATE products SET active = 2 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE products SET category_id = 9 WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO categories (name, created_at) VALUES ('Çörək', 'now')").run();
    expect(() => db.prepare("INSERT INTO categories (name, created_at) VALUES ('Çörək', 'now')").run()).toThrow(/UNIQUE/);
    db.prepare('UPDATE products SET category_id = 1 WHERE id = 1').run();
    db.prepare("INSERT INTO quick_key_pages (name, position) VALUES ('Əsas', 0)").run();
    db.prepare('INSERT INTO quick_keys (page_id, slot, product_id) VALUES (1, 0, 1)').run();
    expect(() => db.prepare('INSERT INTO quick_keys (page_id, slot, product_id) VALUES (1, 1, 1)').run()).toThrow(/UNIQUE/);
    expect(() => db.prepare('INSERT INTO quick_keys (page_id, slot, product_id) VALUES (1, 2, 99)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO quick_keys (page_id, slot, product_id) VALUES (9, 0, 1)').run()).toThrow(/FOREIGN KEY/);
    // A category that goes leaves its products in none; a page that goes takes its keys.
    db.prepare('DELETE FROM categories WHERE id = 1').run();
    expect(db.prepare('SELECT category_id FROM products').get()).toEqual({ category_id: null });
    db.prepare('DELETE FROM quick_key_pages WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM quick_keys').get()).toEqual({ n: 0 });
  });

  it('answers the sold names from the partial index, as quickly as before', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations);
    expect(plan(db, catalogReads.idsByNameStart)).toMatch(/USING COVERING INDEX products_name_start \(favourite=\? AND folded_name>\? AND folded_name<\?\)/);
    expect(plan(db, catalogReads.sellableIdsByName)).toMatch(/USING INDEX products_name_start \(favourite=\? AND folded_name=\?\)/);
  });
});
