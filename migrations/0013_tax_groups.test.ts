import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

const insert = `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
  VALUES (?, ?, 100, ?, 'piece', 'plain', 0, 0, NULL, ?, 'now', 'now')`;

describe('0013_tax_groups', () => {
  it('keeps every product, its barcodes and its group, and takes the groups of Ukraine and Belarus but nothing else', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations.filter((m) => m.version < 13));
    const groups = ['vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8'];
    groups.forEach((group, i) => db.prepare(insert).run(`P${i}`, `C${i}`, group, `p${i}`));
    db.prepare("INSERT INTO product_barcodes (barcode, product_id, ordinal) VALUES ('4760001000017', 1, 0)").run();
    expect(() => db.prepare(insert).run('UA', 'UA', 'vat20', 'ua')).toThrow(/CHECK/);

    migrate(db, migrations);
    expect(db.prepare('SELECT code, vat_rate AS group_ FROM products ORDER BY id').all()).toEqual(groups.map((group, i) => ({ code: `C${i}`, group_: group })));
    expect(db.prepare('SELECT product_id FROM product_barcodes').all()).toEqual([{ product_id: 1 }]);
    for (const group of ['vat20', 'vat14', 'vat10', 'vat7']) db.prepare(insert).run(group, group, group, group);
    expect(() => db.prepare(insert).run('X', 'X', 'vat21', 'x')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE products SET vat_rate = 'VAT18' WHERE id = 1").run()).toThrow(/CHECK/);
    // The search index still follows the table by rowid.
    db.exec("INSERT INTO products_fts (products_fts) VALUES ('rebuild')");
    expect(db.prepare("SELECT rowid FROM products_fts WHERE products_fts MATCH 'p1'").all()).toEqual([{ rowid: 2 }]);
  });
});
