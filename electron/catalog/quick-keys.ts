import type { Product } from '../../shared/catalog';
import type { QuickKeyPage } from '../../shared/catalogue-admin';
import { AppFailure } from '../app/app-failure';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { ProductQueries } from './product-queries';

export interface PageLayout {
  name: string;
  productIds: readonly number[];
}

/**
 * The quick-key pages the manager arranges for the sale screen. While there are none, the counter
 * shows the favourites (the import's `favourite` column) as it always did.
 */
export class QuickKeys {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly queries: ProductQueries,
  ) {
    this.sql = statementCache(db);
  }

  /** Every page in order with its sold products in their keys' order; a deactivated product's key waits, hidden. */
  pages(): QuickKeyPage[] {
    const pages = this.sql<[], { id: number; name: string }>('SELECT id, name FROM quick_key_pages ORDER BY position, id').all();
    const keys = this.sql<[number], { id: number }>(
      `SELECT k.product_id AS id FROM quick_keys k JOIN products p ON p.id = k.product_id
        WHERE k.page_id = ? AND p.active = 1 ORDER BY k.slot`,
    );
    const product = (id: number): Product[] => {
      const found = this.queries.byId(id);
      return found ? [found] : [];
    };
    return pages.map((page) => ({ ...page, products: keys.all(page.id).flatMap((key) => product(key.id)) }));
  }

  /** All pages at once, as arranged: a product twice on one page keeps its first key. */
  save(layout: readonly PageLayout[]): QuickKeyPage[] {
    this.db
      .transaction(() => {
        this.sql('DELETE FROM quick_key_pages').run();
        const addPage = this.sql('INSERT INTO quick_key_pages (name, position) VALUES (?, ?)');
        const addKey = this.sql('INSERT INTO quick_keys (page_id, slot, product_id) VALUES (?, ?, ?)');
        layout.forEach((page, position) => {
          const pageId = Number(addPage.run(page.name, position).lastInsertRowid);
          [...new Set(page.productIds)].forEach((productId, slot) => {
            if (!this.queries.byId(productId)) throw new AppFailure('invalid_input', `No product ${productId}`);
            addKey.run(pageId, slot, productId);
          });
        });
      })
      .immediate();
    return this.pages();
  }
}
