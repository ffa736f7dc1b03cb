import { foldForSearch } from '../../shared/search-folding';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { NewProduct } from './import-row';
import type { ProductChange } from './merge-plan';

/**
 * The catalogue's writes of one product at a time (the product editor). Callers hold the
 * transaction. An import writes set-wise instead (import-apply.ts) and ends with
 * `rebuildSearchIndex` (search-index.ts); see 0003_catalog.sql for why the store, not a trigger,
 * keeps the search index.
 */
export class CatalogWriter {
  private readonly sql;

  constructor(db: Db) {
    this.sql = statementCache(db);
  }

  setActive(productId: number, active: boolean, at: string): void {
    this.sql('UPDATE products SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, productId);
  }

  setPrice(productId: number, price: number, at: string): void {
    this.sql('UPDATE products SET price = ?, updated_at = ? WHERE id = ?').run(price, at, productId);
  }

  setCategory(productId: number, categoryId: number | null, at: string): void {
    this.sql('UPDATE products SET category_id = ?, updated_at = ? WHERE id = ?').run(categoryId, at, productId);
  }

  /** Returns the new product's id. */
  insert(product: NewProduct, at: string): number {
    const { lastInsertRowid } = this.sql(
      `INSERT INTO products (name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...columnValues(product), at, at);
    const id = Number(lastInsertRowid);
    this.insertBarcodes(id, product.barcodes);
    return id;
  }

  /** Frees a product's barcodes, so that others may take them before it gets its new ones. */
  deleteBarcodes(productId: number): void {
    this.sql('DELETE FROM product_barcodes WHERE product_id = ?').run(productId);
  }

  /**
   * Writes what a merge changes in a product, and no more: the indexed columns only when one of
   * them changes (half the cost for a price list of 200,000 products), the barcodes only when
   * they change, after `deleteBarcodes` has let the old ones go.
   */
  update({ after: p, indexedChanged, barcodesChanged }: ProductChange, at: string): void {
    if (indexedChanged) {
      this.sql(
        `UPDATE products SET name = ?, code = ?, price = ?, vat_rate = ?, unit = ?, code_type = ?, marking_required = ?,
           favourite = ?, position = ?, folded_name = ?, updated_at = ?
         WHERE id = ?`,
      ).run(...columnValues(p), at, p.id);
    } else {
      this.sql('UPDATE products SET price = ?, vat_rate = ?, unit = ?, code_type = ?, marking_required = ?, updated_at = ? WHERE id = ?').run(
        p.price,
        p.vatRate,
        p.unit,
        p.codeType,
        p.markingRequired ? 1 : 0,
        at,
        p.id,
      );
    }
    if (barcodesChanged) this.insertBarcodes(p.id, p.barcodes);
  }

  /** A new product's name into the search index, without a rebuild of every other. */
  indexName(productId: number, folded: string): void {
    this.sql('INSERT INTO products_fts (rowid, folded_name) VALUES (?, ?)').run(productId, folded);
  }

  /** An external-content FTS5 index forgets a row only by being told the text it indexed. */
  reindexName(productId: number, before: string, after: string): void {
    this.sql("INSERT INTO products_fts (products_fts, rowid, folded_name) VALUES ('delete', ?, ?)").run(productId, before);
    this.indexName(productId, after);
  }

  private insertBarcodes(productId: number, barcodes: readonly string[]): void {
    const insert = this.sql('INSERT INTO product_barcodes (barcode, product_id, ordinal) VALUES (?, ?, ?)');
    barcodes.forEach((barcode, ordinal) => insert.run(barcode, productId, ordinal));
  }
}

/** A product's columns in the order of products' INSERT: name, code, price, vat_rate, unit, code_type, marking_required, favourite, position, folded_name. */
export function columnValues(p: NewProduct) {
  return [
    p.name,
    p.code,
    p.price,
    p.vatRate,
    p.unit,
    p.codeType,
    p.markingRequired ? 1 : 0,
    p.favourite ? 1 : 0,
    p.position,
    foldForSearch(p.name),
  ] as const;
}
