import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { ProductFields, ProductRow } from '../../shared/office/office-admin';
import { inTransaction } from '../db/transaction';
import { notFound, OfficeFailure } from '../http/failure';
import { productOfRow, type ProductDbRow } from './product-row';

/**
 * Every change of a shop's catalogue takes the shop's next version in the same transaction (the
 * shop row's lock puts the changes of one shop in a line), and the product row carries it: a till
 * asks for "after V" and hears each change once, removals as tombstones.
 */
async function nextVersion(client: PoolClient, shopId: string): Promise<number> {
  const { rows } = await client.query<{ catalogue_version: string }>(
    'UPDATE shops SET catalogue_version = catalogue_version + 1 WHERE id = $1 RETURNING catalogue_version',
    [shopId],
  );
  if (!rows[0]) throw notFound();
  return Number(rows[0].catalogue_version);
}

async function shopOfProduct(client: PoolClient, officeId: string): Promise<string> {
  const { rows } = await client.query<{ shop_id: string }>('SELECT shop_id FROM products WHERE id = $1 AND NOT removed', [officeId]);
  if (!rows[0]) throw notFound();
  return rows[0].shop_id;
}

function codeTaken(error: unknown): never {
  if ((error as { code?: string; constraint?: string }).constraint === 'products_code') {
    throw new OfficeFailure(409, 'codeTaken', 'another product of this shop has that code');
  }
  throw error;
}

const columns = (f: ProductFields) => [f.name, f.code, f.barcodes, f.price, f.vatRate, f.unit, f.codeType, f.markingRequired, f.favourite, f.position];

export async function createProduct(pool: Pool, shopId: string, fields: ProductFields): Promise<ProductRow> {
  return inTransaction(pool, async (client) => {
    const version = await nextVersion(client, shopId);
    const { rows } = await client
      .query<ProductDbRow>(
        `INSERT INTO products (id, shop_id, version, name, code, barcodes, price, vat_rate, unit, code_type, marking_required, favourite, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [randomUUID(), shopId, version, ...columns(fields)],
      )
      .catch(codeTaken);
    return { product: productOfRow(rows[0]!), version };
  });
}

export async function updateProduct(pool: Pool, officeId: string, fields: ProductFields): Promise<ProductRow> {
  return inTransaction(pool, async (client) => {
    const version = await nextVersion(client, await shopOfProduct(client, officeId));
    const { rows } = await client
      .query<ProductDbRow>(
        `UPDATE products SET version = $2, name = $3, code = $4, barcodes = $5, price = $6, vat_rate = $7, unit = $8, code_type = $9,
                marking_required = $10, favourite = $11, position = $12, updated_at = now()
          WHERE id = $1 AND NOT removed RETURNING *`,
        [officeId, version, ...columns(fields)],
      )
      .catch(codeTaken);
    // Removed while this change waited for the shop's lock: the rollback gives the version back.
    if (!rows[0]) throw notFound();
    return { product: productOfRow(rows[0]), version };
  });
}

/** A removal keeps the row as a tombstone at the new version, so a till that was away hears of it. */
export async function removeProduct(pool: Pool, officeId: string): Promise<{ version: number }> {
  return inTransaction(pool, async (client) => {
    const version = await nextVersion(client, await shopOfProduct(client, officeId));
    const { rowCount } = await client.query('UPDATE products SET version = $2, removed = true, updated_at = now() WHERE id = $1 AND NOT removed', [officeId, version]);
    if (rowCount !== 1) throw notFound();
    return { version };
  });
}

export async function listProducts(pool: Pool, shopId: string): Promise<ProductRow[]> {
  const { rows } = await pool.query<ProductDbRow>('SELECT * FROM products WHERE shop_id = $1 AND NOT removed ORDER BY name, id', [shopId]);
  return rows.map((row) => ({ product: productOfRow(row), version: Number(row.version) }));
}
