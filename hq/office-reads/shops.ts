import type pg from 'pg';
import { ShopFilter, ShopsAnswer } from '../../shared/office/office-api';
import { parseQuery } from './query';

interface ShopRow {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
}

/** The shops the page offers in its filter, by name. */
export async function readShops(pool: pg.Pool, query: URLSearchParams): Promise<ShopsAnswer> {
  const { shop } = parseQuery(ShopFilter, query);
  const { rows } = await pool.query<ShopRow>('SELECT id, name, time_zone, currency FROM shops WHERE $1::uuid IS NULL OR id = $1::uuid ORDER BY name, id', [shop ?? null]);
  return ShopsAnswer.parse({ shops: rows.map((row) => ({ shopId: row.id, name: row.name, timeZone: row.time_zone, currency: row.currency })) });
}
