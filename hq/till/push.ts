import type { Pool, PoolClient } from 'pg';
import type { OutboxItem, PushAnswer, PushItemOutcome, PushRequest } from '../../shared/office/till-api';
import { inTransaction } from '../db/transaction';
import { factOf } from './outbox-facts';
import type { TillIdentity } from './till-auth';

async function storeItem(client: PoolClient, till: TillIdentity, item: OutboxItem): Promise<PushItemOutcome> {
  const fact = factOf(item, till.tillId, till.shopId);
  const inserted = await client.query(fact.insert.sql, fact.insert.params);
  if (inserted.rowCount === 1) return 'stored';
  // ON CONFLICT waited for any other transaction holding this identity, so the row is committed now.
  const { rows } = await client.query<{ till_id: string; content_hash: Buffer }>(fact.existing.sql, fact.existing.params);
  const there = rows[0];
  if (there && there.till_id === till.tillId && there.content_hash.equals(fact.hash)) return 'repeat';
  await client.query('INSERT INTO push_conflicts (till_id, item_type, identity, pushed) VALUES ($1, $2, $3, $4)', [
    till.tillId,
    item.type,
    fact.identity,
    JSON.stringify(item),
  ]);
  return 'conflict';
}

/**
 * One push, one transaction: every item is kept by its identity (new: `stored`; there with the
 * same content from this till: `repeat`; anything else: `conflict`, kept for the managers), the
 * drawers are replaced and the till's last push noted. A push cut off halfway keeps nothing, so
 * the till simply sends the same batch again.
 */
export async function acceptPush(pool: Pool, till: TillIdentity, request: PushRequest): Promise<PushAnswer> {
  return inTransaction(pool, async (client) => {
    const results: PushAnswer['results'] = [];
    for (const item of request.items) results.push({ seq: item.seq, outcome: await storeItem(client, till, item) });
    for (const drawer of request.drawers) {
      await client.query(
        `INSERT INTO drawers (till_id, device_id, cash, reported_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (till_id, device_id) DO UPDATE SET cash = excluded.cash, reported_at = excluded.reported_at`,
        [till.tillId, drawer.deviceId, drawer.cash],
      );
    }
    await client.query('UPDATE tills SET last_push_at = now() WHERE id = $1', [till.tillId]);
    return { results };
  });
}
