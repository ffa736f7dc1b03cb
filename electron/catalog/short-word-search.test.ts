import { describe, expect, it } from 'vitest';
import type { Product } from '../../shared/catalog';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { csvOf, openCatalog, productRow } from './testing/catalog-db';

const tempDir = useTempDirs();

const names = (products: readonly Product[]) => products.map((p) => p.name);

describe('a word of one or two letters beside longer ones, as a cashier types the last one', () => {
  it('must start a word of the name, not stand inside one', () => {
    const { db, catalog } = openCatalog(tempDir());
    catalog.import(csvOf([productRow('Lipton çay 1 l'), productRow('Lipton çay 10 шт'), productRow('Lipton yaşıl 21'), productRow('Lipton 0,5 l'), productRow('Tea 1 l')]), 'replace');
    expect(names(catalog.search('lipton 1', 30))).toEqual(['Lipton çay 1 l', 'Lipton çay 10 шт']);
    // "Lipton" starts with an l too.
    expect(names(catalog.search('çay l', 30))).toEqual(['Lipton çay 1 l', 'Lipton çay 10 шт']);
    expect(names(catalog.search('çay ш', 30))).toEqual(['Lipton çay 10 шт']);
    expect(names(catalog.search('yaşıl 1', 30))).toEqual([]);
    expect(names(catalog.search('1 çay', 30))).toEqual(['Lipton çay 1 l', 'Lipton çay 10 шт']);
    expect(names(catalog.search('lipton 0 5', 30))).toEqual(['Lipton 0,5 l']);
    // Only short words, each starting a word.
    expect(names(catalog.search('l 1', 30))).toEqual(['Lipton çay 1 l', 'Lipton çay 10 шт', 'Tea 1 l']);
    closeDatabase(db);
  });
});
