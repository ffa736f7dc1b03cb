import { describe, expect, it } from 'vitest';
import { migrate } from '../electron/db/migrate';
import { migrations } from '../electron/db/migrations';
import { openDatabase } from '../electron/db/open';
import { useTempDirs } from '../electron/testing/temp-dir';

const tempDir = useTempDirs();

const insert = `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
  VALUES (?, ?, 100, 'vat18', 'piece', 'plain', 0, 0, NULL, ?, 'now', 'now')`;

describe('0016_search_prefixes', () => {
  it('indexes the names a catalogue already has, with prefix indexes up to twelve letters', () => {
    const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
    migrate(db, migrations.filter((m) => m.version < 16));
    db.prepare(insert).run('Простоквашино сметана', '1', 'npoctokbaшiho cmetaha');
    db.prepare(insert).run('Çörək ağ', '2', 'corek ag');
    db.prepare(insert).run('Dəftər', '3', 'defter');
    db.exec("INSERT INTO products_fts (products_fts) VALUES ('rebuild')");

    migrate(db, migrations);
    const match = (query: string) => (db.prepare('SELECT rowid FROM products_fts WHERE products_fts MATCH ? ORDER BY rowid').all(query) as { rowid: number }[]).map((r) => r.rowid);
    // Rebuilt by the migration itself: the names written before it are found without an import.
    expect(match('"npoctokbaшiho"*')).toEqual([1]);
    expect(match('"npoctokbaш"*')).toEqual([1]);
    expect(match('"corek"* "a"*')).toEqual([2]);
    expect(match('"defte"*')).toEqual([3]);
    expect(match('"deftex"*')).toEqual([]);
    const sql = (db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'products_fts'").get() as { sql: string }).sql;
    expect(sql).toMatch(/prefix = '1 2 3 4 5 6 7 8 9 10 11 12'/);
    // One segment, and no merging as it goes: what the store's rebuild and optimize keep.
    expect(() => db.exec("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    expect(db.prepare("SELECT v FROM products_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
  });
});
