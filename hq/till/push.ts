import type { Pool, PoolClient } from 'pg';
import type { OutboxItem, PushAnswer, PushItemOutcome, PushRequest } from '../../shared/office/till-api';
import { inTransaction } from '../db/transaction';
import { factOf, type Fact } from './outbox-facts';
import type { TillIdentity } from './till-auth';
import { holdableText, keepable, storable } from './unstorable';

const compareIdentities = (typeA: string, identityA: string, typeB: string, identityB: string) =>
  typeA === typeB ? (identityA < identityB ? -1 : identityA > identityB ? 1 : 0) : typeA < typeB ? -1 : 1;

type ConflictReason = 'differs' | 'otherTill' | 'unstorable';

async function keepConflict(client: PoolClient, till: TillIdentity, item: OutboxItem, fact: Fact, reason: ConflictReason): Promise<PushItemOutcome> {
  await client.query('INSERT INTO push_conflicts (till_id, item_type, identity, pushed, reason) VALUES ($1, $2, $3, $4, $5)', [
    till.tillId,
    item.type,
    fact.identity,
    keepable(item),
    reason,
  ]);
  return 'conflict';
}

async function storeItem(client: PoolClient, till: TillIdentity, item: OutboxItem, fact: Fact): Promise<PushItemOutcome> {
  if (!storable(item)) return keepConflict(client, till, item, fact, 'unstorable');
  const inserted = await client.query(fact.insert.sql, fact.insert.params);
  if (inserted.rowCount === 1) return 'stored';
  // ON CONFLICT waited for any other transaction holding this identity, so the row is committed now.
  const { rows } = await client.query<{ till_id: string; content_hash: Buffer }>(fact.existing.sql, fact.existing.params);
  const there = rows[0];
  if (there?.till_id !== till.tillId) return keepConflict(client, till, item, fact, 'otherTill');
  return there.content_hash.equals(fact.hash) ? 'repeat' : keepConflict(client, till, item, fact, 'differs');
}

/**
 * One push, one transaction: every item is kept by its identity (new: `stored`; there with the
 * same content from this till: `repeat`; anything else: `conflict`, kept for the managers), the
 * drawers are replaced and the till's last push noted. A push cut off halfway keeps nothing, so
 * the till simply sends the same batch again.
 */
export async function acceptPush(pool: Pool, till: TillIdentity, request: PushRequest): Promise<PushAnswer> {
  return inTransaction(pool, async (client) => {
    // Inserted in the order of their identities, not the till's: two pushes that share identities
    // (two tills claiming one UUID) then wait on each other in one order and never deadlock.
    const facts = request.items.map((item) => ({ item, fact: factOf(item, till.tillId, till.shopId) }));
    const outcomes = new Map<OutboxItem, PushItemOutcome>();
    for (const { item, fact } of [...facts].sort((a, b) => compareIdentities(a.item.type, a.fact.identity, b.item.type, b.fact.identity))) {
      outcomes.set(item, await storeItem(client, till, item, fact));
    }
    const results = request.items.map((item) => ({ seq: item.seq, outcome: outcomes.get(item)! }));
    for (const drawer of request.drawers) {
      await client.query(
        `INSERT INTO drawers (till_id, device_id, cash, reported_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (till_id, device_id) DO UPDATE SET cash = excluded.cash, reported_at = excluded.reported_at`,
        // Cash now, not a fact: a device name PostgreSQL cannot hold is kept under its holdable spelling.
        [till.tillId, holdableText(drawer.deviceId), drawer.cash],
      );
    }
    await client.query('UPDATE tills SET last_push_at = now() WHERE id = $1', [till.tillId]);
    return { results };
  });
}
