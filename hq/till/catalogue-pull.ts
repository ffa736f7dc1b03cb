import type { Pool } from 'pg';
import type { CatalogueAnswer, CatalogueChange, CatalogueQuery } from '../../shared/office/till-api';
import { productOfRow, type ProductDbRow } from '../office/product-row';

/**
 * The changes of the till's own shop after version `after`, oldest first, one range scan of
 * products_changes. One more row than asked tells whether a page is full and more follow.
 */
export async function pullCatalogue(pool: Pool, shopId: string, query: CatalogueQuery): Promise<CatalogueAnswer> {
  const [shop, changes] = await Promise.all([
    pool.query<{ local_products_allowed: boolean }>('SELECT local_products_allowed FROM shops WHERE id = $1', [shopId]),
    pool.query<ProductDbRow>('SELECT * FROM products WHERE shop_id = $1 AND version > $2 ORDER BY version LIMIT $3', [shopId, query.after, query.limit + 1]),
  ]);
  const page = changes.rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    changes: page.map((row): CatalogueChange =>
      row.removed ? { type: 'removal', version: Number(row.version), officeId: row.id } : { type: 'upsert', version: Number(row.version), product: productOfRow(row) },
    ),
    version: last ? Number(last.version) : query.after,
    more: changes.rows.length > query.limit,
    localProductsAllowed: shop.rows[0]?.local_products_allowed ?? false,
  };
}
