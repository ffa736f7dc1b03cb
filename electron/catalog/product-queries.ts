import type { Product } from '../../shared/catalog';
import { foldForSearch } from '../../shared/search-folding';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import { productColumns, ProductRow } from './product-row';

/**
 * The catalogue's reads. Each answers from an index (migrations/0003_catalog.test.ts proves the
 * plans), and the searches return ids only, so a product's barcodes are gathered for the few
 * rows shown rather than for every candidate.
 */
export const catalogReads = {
  byId: `SELECT ${productColumns} FROM products p WHERE p.id = ?`,
  // A screenful found by search, read in one statement rather than one per product.
  byIds: `SELECT ${productColumns} FROM products p WHERE p.id IN (SELECT value FROM json_each(?))`,
  idByBarcode: 'SELECT product_id AS id FROM product_barcodes WHERE barcode = ?',
  // A deactivated product's barcode still names it (an import matches by it) but sells nothing.
  sellableIdByBarcode: 'SELECT b.product_id AS id FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.barcode = ? AND p.active = 1',
  // `code <> ''` lets SQLite use the partial index that holds the codes.
  idByCode: "SELECT id FROM products WHERE code = ? AND code <> ''",
  // `favourite IN (0, 1)` opens the partial index of sold names to an equality on the folded name.
  sellableIdsByName: 'SELECT id FROM products WHERE favourite IN (0, 1) AND folded_name = ? AND active = 1 AND name = ? ORDER BY id',
  sellableIdByCode: "SELECT id FROM products WHERE code = ? AND code <> '' AND active = 1",
  idsByCodeStart: "SELECT id FROM products WHERE code >= ? AND code < ? AND code <> '' AND active = 1 ORDER BY code LIMIT ?",
  // `active = 1` lets SQLite use the partial index of the sold products' names.
  idsByNameStart: 'SELECT id FROM products WHERE favourite = ? AND folded_name >= ? AND folded_name < ? AND active = 1 ORDER BY folded_name, id LIMIT ?',
  // Every word a prefix of a word of the name, minus the names that start with the query (those
  // came first). The candidates are capped in the index's own order: see `nameWordCandidates`.
  idsByNameWords: `SELECT id FROM products
    WHERE id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT ?)
      AND NOT (folded_name >= ? AND folded_name < ?) AND active = 1
    ORDER BY favourite DESC, folded_name, id LIMIT ?`,
  all: `SELECT ${productColumns} FROM products p WHERE p.active = 1 ORDER BY p.id`,
  favourites: `SELECT ${productColumns} FROM products p WHERE p.favourite = 1 AND p.active = 1
    ORDER BY p.position IS NULL, p.position, p.folded_name, p.id LIMIT ?`,
} as const;

/**
 * How many word matches are sorted at most: the first ones in catalogue order. A short query
 * that sits inside thousands of names would otherwise sort them all on every key press; past
 * this many the cashier types another letter anyway. Measured on 200,000 products
 * (bench/catalog.bench.ts), 2,000 put a keystroke's p95 at 4.6 ms, 500 at 2.8 ms.
 */
const nameWordCandidates = 500;

/**
 * The upper bound of a prefix range: no product text holds U+10FFFF (a noncharacter; folded names
 * are letters, digits and spaces only), so every text starting with `prefix` sorts below it.
 */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

interface IdRow {
  id: number;
}

export class ProductQueries {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  byId(id: number): Product | undefined {
    const row = this.sql<[number]>(catalogReads.byId).get(id);
    return row === undefined ? undefined : ProductRow.parse(row);
  }

  /** The products of `ids`, in that order. */
  byIds(ids: readonly number[]): Product[] {
    if (ids.length === 0) return [];
    const byId = new Map<number, Product>();
    for (const row of this.sql<[string]>(catalogReads.byIds).all(JSON.stringify(ids))) {
      const product = ProductRow.parse(row);
      byId.set(product.id, product);
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  byBarcode(barcode: string): Product | undefined {
    const id = this.idByBarcode(barcode);
    return id === undefined ? undefined : this.byId(id);
  }

  /** Whose barcode this is, without reading the product. */
  idByBarcode(barcode: string): number | undefined {
    return this.sql<[string], IdRow>(catalogReads.idByBarcode).get(barcode)?.id;
  }

  byCode(code: string): Product | undefined {
    const row = this.sql<[string], IdRow>(catalogReads.idByCode).get(code);
    return row && this.byId(row.id);
  }

  /** What a scan or a typed code sells: a product that is active. */
  sellableIdByBarcode(barcode: string): number | undefined {
    return this.sql<[string], IdRow>(catalogReads.sellableIdByBarcode).get(barcode)?.id;
  }

  sellableByBarcode(barcode: string): Product | undefined {
    const id = this.sellableIdByBarcode(barcode);
    return id === undefined ? undefined : this.byId(id);
  }

  sellableIdsByName(name: string): number[] {
    return ids(this.sql<[string, string], IdRow>(catalogReads.sellableIdsByName).all(foldForSearch(name), name));
  }

  sellableByCode(code: string): Product | undefined {
    const row = this.sql<[string], IdRow>(catalogReads.sellableIdByCode).get(code);
    return row && this.byId(row.id);
  }

  idsByCodeStart(prefix: string, limit: number): number[] {
    return ids(this.sql<[string, string, number], IdRow>(catalogReads.idsByCodeStart).all(prefix, prefixEnd(prefix), limit));
  }

  idsByNameStart(folded: string, favourite: boolean, limit: number): number[] {
    return ids(this.sql<[number, string, string, number], IdRow>(catalogReads.idsByNameStart).all(favourite ? 1 : 0, folded, prefixEnd(folded), limit));
  }

  idsByNameWords(match: string, folded: string, limit: number): number[] {
    const statement = this.sql<[string, number, string, string, number], IdRow>(catalogReads.idsByNameWords);
    return ids(statement.all(match, nameWordCandidates, folded, prefixEnd(folded), limit));
  }

  /** Every sold product in the order they came in, one at a time: a catalogue can be large. */
  *all(): Generator<Product> {
    for (const row of this.sql(catalogReads.all).iterate()) yield ProductRow.parse(row);
  }

  favourites(limit: number): Product[] {
    return this.sql<[number]>(catalogReads.favourites)
      .all(limit)
      .map((row) => ProductRow.parse(row));
  }
}

function ids(rows: IdRow[]): number[] {
  return rows.map((row) => row.id);
}
