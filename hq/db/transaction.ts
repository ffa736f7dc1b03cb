import type { Pool, PoolClient } from 'pg';

/** Runs `work` in one transaction on one connection: all of it is kept, or none. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A backend that dies mid-transaction fails the running query (handled below) and also emits
  // 'error' on the checked-out client, which unheard would end the whole service.
  const noteBroken = (error: Error) => {
    broken = error;
  };
  client.on('error', noteBroken);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      // The connection itself is gone (a terminated backend): the pool must not hand it out again.
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.off('error', noteBroken);
    client.release(broken);
  }
}
