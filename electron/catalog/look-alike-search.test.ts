import { describe, expect, it } from 'vitest';
import type { Product } from '../../shared/catalog';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { Catalog } from './catalog';
import { refoldStaleNames } from './refold-names';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();

/** Names that share letters drawn alike in Latin and Cyrillic, and a code with a letter. */
const shop = csvOf([
  productRow('Хліб білий', { code: '3001' }),
  productRow('Хлеб ржаной', { code: '3002' }),
  productRow('Coffee Ahmad 250 q', { code: '3003' }),
  productRow('Сок яблочный', { code: '3004' }),
  productRow('Dəftər A5', { code: 'X1999' }),
]);

const names = (products: readonly Product[]) => products.map((p) => p.name);

describe('search across look-alike letters, on the real catalogue (SQLite and its FTS5 index)', () => {
  it('finds "Хліб" by a Latin x, a layout left in English, and not by a Russian spelling', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.import(shop, 'replace');
    expect(names(catalog.search('xліб', 30))).toEqual(['Хліб білий']);
    expect(names(catalog.search('XЛIБ', 30))).toEqual(['Хліб білий']);
    expect(names(catalog.search('xлiб бiл', 30))).toEqual(['Хліб білий']);
    // A later word, through the word index rather than the name's start.
    expect(names(catalog.search('біл', 30))).toEqual(['Хліб білий']);
    expect(names(catalog.search('бiл', 30))).toEqual(['Хліб білий']);
    // Look-alikes only, never transliteration: "хлеб" is another word.
    expect(names(catalog.search('хлеб', 30))).toEqual(['Хлеб ржаной']);
    // Cyrillic letters inside a Latin name, and the other way round.
    expect(names(catalog.search('соffее', 30))).toEqual(['Coffee Ahmad 250 q']);
    expect(names(catalog.search('cok', 30))).toEqual(['Сок яблочный']);
    // A shop's letter code, typed in either case, is still a code.
    expect(names(catalog.search('X1999', 30))).toEqual(['Dəftər A5']);
    expect(names(catalog.search('x1999', 30))).toEqual(['Dəftər A5']);
    // On a Cyrillic layout: a Cyrillic Х in either case.
    expect(names(catalog.search('Х1999', 30))).toEqual(['Dəftər A5']);
    expect(names(catalog.search('х19', 30))).toEqual(['Dəftər A5']);
    closeDatabase(db);
  });

  it('folds the names of a catalogue stored before the look-alikes afresh when it opens, once', () => {
    const dir = tempDir();
    const first = openCatalog(dir);
    first.catalog.import(shop, 'replace');
    // As an older version stored it: Cyrillic look-alikes kept, only і и ы folded.
    first.db.prepare("UPDATE products SET folded_name = 'хлiб бiлii' WHERE code = '3001'").run();
    first.db.prepare("UPDATE products SET folded_name = 'сок яблочнii' WHERE code = '3004'").run();
    first.db.prepare("INSERT INTO products_fts (products_fts) VALUES ('rebuild')").run();
    expect(names(first.catalog.search('xліб', 30))).toEqual([]);

    const reopened = new Catalog(first.db, first.settings, () => new Date());
    expect(names(reopened.search('xліб', 30))).toEqual(['Хліб білий']);
    expect(names(reopened.search('бiл', 30))).toEqual(['Хліб білий']);
    expect(names(reopened.search('cok', 30))).toEqual(['Сок яблочный']);
    const folded = first.db.prepare('SELECT code, folded_name AS folded FROM products ORDER BY code').all();
    expect(folded).toEqual([
      { code: '3001', folded: 'xлiб бiлii' },
      { code: '3002', folded: 'xлeб pжahoi' },
      { code: '3003', folded: 'coffee ahmad 250 q' },
      { code: '3004', folded: 'cok яблoчhii' },
      { code: 'X1999', folded: 'defter a5' },
    ]);
    // Folded as today's folding folds: the next start finds nothing to do.
    expect(refoldStaleNames(first.db)).toBe(0);
    closeDatabase(first.db);
  });
});
