import type { Pool } from 'pg';

/** The till leaves (or the office removes it): its token stops working; what it pushed stays. */
export async function removeTill(pool: Pool, tillId: string): Promise<boolean> {
  const { rowCount } = await pool.query('UPDATE tills SET removed_at = coalesce(removed_at, now()) WHERE id = $1', [tillId]);
  return rowCount === 1;
}
