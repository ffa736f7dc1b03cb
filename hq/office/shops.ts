import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { NewShop, Shop } from '../../shared/office/office-admin';

interface ShopDbRow {
  id: string;
  name: string;
  local_products_allowed: boolean;
  catalogue_version: string;
}

const shopOfRow = (row: ShopDbRow): Shop => ({
  id: row.id,
  name: row.name,
  localProductsAllowed: row.local_products_allowed,
  catalogueVersion: Number(row.catalogue_version),
});

export async function createShop(pool: Pool, shop: NewShop): Promise<Shop> {
  const { rows } = await pool.query<ShopDbRow>('INSERT INTO shops (id, name, local_products_allowed) VALUES ($1, $2, $3) RETURNING *', [
    randomUUID(),
    shop.name,
    shop.localProductsAllowed,
  ]);
  return shopOfRow(rows[0]!);
}

export async function listShops(pool: Pool): Promise<Shop[]> {
  const { rows } = await pool.query<ShopDbRow>('SELECT * FROM shops ORDER BY name, id');
  return rows.map(shopOfRow);
}
