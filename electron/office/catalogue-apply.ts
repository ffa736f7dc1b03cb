import type { CatalogueAnswer, OfficeProduct } from '../../shared/office/till-api';
import { foldForSearch } from '../../shared/search-folding';
import { CatalogWriter } from '../catalog/catalog-writer';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

/**
 * Applies a page of the office's catalogue changes and the version it brings, in ONE transaction:
 * a page is on the till whole or not at all, so a till stopped mid-page asks for it again. Names
 * enter the search index one by one as the product editor does (CatalogWriter), never by
 * rebuilding the index of the whole catalogue for a page.
 *
 * The office's catalogue wins where it meets the till's own: a local product with the office
 * product's code is taken to be the same product and adopted; a barcode the office gives to its
 * product is taken from whichever product held it. Local products are otherwise untouched.
 */
export class CatalogueApplier {
  private readonly sql;
  private readonly writer: CatalogWriter;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
    this.writer = new CatalogWriter(db);
  }

  applyPage(page: CatalogueAnswer): void {
    this.db
      .transaction(() => {
        const at = this.now().toISOString();
        for (const change of page.changes) {
          switch (change.type) {
            case 'upsert':
              this.upsert(change.product, at);
              break;
            case 'removal':
              this.remove(change.officeId);
              break;
          }
        }
        this.sql('UPDATE office_link SET catalogue_version = ?, local_products_allowed = ?, last_pull_at = ?, last_pull_error = NULL WHERE id = 1').run(
          page.version,
          page.localProductsAllowed ? 1 : 0,
          at,
        );
      })
      .immediate();
  }

  private upsert(product: OfficeProduct, at: string): void {
    const id = this.ownerOf(product);
    this.freeBarcodes(product, id);
    const { officeId, ...fields } = product;
    if (id === undefined) {
      const newId = this.writer.insert(fields, at);
      this.sql('UPDATE products SET office_id = ? WHERE id = ?').run(officeId, newId);
      this.writer.indexName(newId, foldForSearch(product.name));
      return;
    }
    const before = this.sql<[number], { name: string; folded: string }>('SELECT name, folded_name AS folded FROM products WHERE id = ?').get(id);
    this.writer.deleteBarcodes(id);
    this.writer.update({ after: { ...fields, id }, renamed: before?.name !== product.name, indexedChanged: true, barcodesChanged: true }, at);
    this.sql('UPDATE products SET office_id = ?, active = 1 WHERE id = ?').run(officeId, id);
    if (before && before.name !== product.name) this.writer.reindexName(id, before.folded, foldForSearch(product.name));
  }

  /** The till's row for this office product: its own, or a local one with its code (adopted). */
  private ownerOf(product: OfficeProduct): number | undefined {
    const own = this.sql<[string], { id: number }>('SELECT id FROM products WHERE office_id = ?').get(product.officeId);
    if (own) return own.id;
    if (product.code === '') return undefined;
    const holder = this.sql<[string], { id: number; officeId: string | null }>('SELECT id, office_id AS officeId FROM products WHERE code = ?').get(product.code);
    if (!holder) return undefined;
    if (holder.officeId === null) return holder.id;
    // Another office product had the code; the office moved it to this one (a later change in
    // this page or the next gives the other its new code).
    this.sql("UPDATE products SET code = '' WHERE id = ?").run(holder.id);
    return undefined;
  }

  private freeBarcodes(product: OfficeProduct, self: number | undefined): void {
    const free = this.sql('DELETE FROM product_barcodes WHERE barcode = ? AND product_id IS NOT ?');
    for (const barcode of product.barcodes) free.run(barcode, self ?? null);
  }

  private remove(officeId: string): void {
    const row = this.sql<[string], { id: number; folded: string }>('SELECT id, folded_name AS folded FROM products WHERE office_id = ?').get(officeId);
    if (!row) return;
    // An external-content FTS5 index forgets a row only by being told the text it indexed.
    this.sql("INSERT INTO products_fts (products_fts, rowid, folded_name) VALUES ('delete', ?, ?)").run(row.id, row.folded);
    this.sql('DELETE FROM products WHERE id = ?').run(row.id);
  }
}
