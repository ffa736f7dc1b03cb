import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushAnswer, type OutboxItem, type PushRequest } from '../../shared/office/till-api';
import { createShop } from '../office/shops';
import { documentItems, otherItems, saleDocument } from '../testing/outbox';
import { noTestServer } from '../testing/postgres';
import { enrolTestTill, startTestOffice, type TestOffice } from '../testing/office-service';

if (noTestServer) console.warn(`office push tests skipped: ${noTestServer}`);

describe.skipIf(noTestServer)('a till pushes its outbox into the office exactly once', () => {
  let office: TestOffice;
  let shopId: string;
  beforeAll(async () => {
    office = await startTestOffice();
    shopId = (await createShop(office.db.pool, { name: 'Shop A', localProductsAllowed: true })).id;
  }, 60_000);
  afterAll(async () => office?.stop());

  const push = async (token: string, request: PushRequest) => {
    const reply = await office.call('POST', '/api/till/push', { token, body: request });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return PushAnswer.parse(reply.body).results.map((result) => result.outcome);
  };
  const count = async (table: string, tillId: string) =>
    (await office.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE till_id = $1`, [tillId])).rows[0]?.n;

  it('stores a batch once; the same batch again is all `repeat` and nothing is doubled', async () => {
    const till = await enrolTestTill(office, shopId);
    const sales = Array.from({ length: 40 }, (_, index) => saleDocument({ total: 100 + index, deviceTotal: 100 + index }));
    const items: OutboxItem[] = [...documentItems(sales), ...otherItems(41, 1, sales[0]!.uuid)];
    const drawers = [{ deviceId: 'caspos-training', cash: 5_000 }];
    expect(await push(till.token, { drawers, items })).toEqual(items.map(() => 'stored'));
    expect(await push(till.token, { drawers: [{ deviceId: 'caspos-training', cash: 7_000 }], items })).toEqual(items.map(() => 'repeat'));

    expect(await count('documents', till.tillId)).toBe(40);
    for (const table of ['z_reports', 'audit_entries', 'shift_openings', 'mismatches']) expect(await count(table, till.tillId), table).toBe(1);
    expect(await count('push_conflicts', till.tillId)).toBe(0);
    const sum = await office.db.pool.query('SELECT sum(total)::int AS total, min(shop_id::text) AS shop FROM documents WHERE till_id = $1', [till.tillId]);
    expect(sum.rows[0]).toEqual({ total: 40 * 100 + (39 * 40) / 2, shop: shopId });
    const drawer = await office.db.pool.query('SELECT cash::int AS cash FROM drawers WHERE till_id = $1', [till.tillId]);
    expect(drawer.rows).toEqual([{ cash: 7_000 }]);
    const tillRow = await office.db.pool.query('SELECT last_push_at IS NOT NULL AS pushed FROM tills WHERE id = $1', [till.tillId]);
    expect(tillRow.rows[0]).toEqual({ pushed: true });
    const stored = await office.db.pool.query("SELECT document->'lines'->0->>'name' AS name FROM documents WHERE uuid = $1", [sales[0]!.uuid]);
    expect(stored.rows[0]).toEqual({ name: 'Bread' });
  });

  it('refuses changed content under a known identity as `conflict`, kept for the managers; the rest of the batch goes in', async () => {
    const till = await enrolTestTill(office, shopId);
    const sale = saleDocument();
    const [, , , zReport] = otherItems(2, 7, sale.uuid);
    await push(till.token, { drawers: [], items: [...documentItems([sale]), zReport!] });
    const changedSale = { ...sale, total: 999 };
    const changedZ = { ...zReport!, seq: 4, zReport: { ...(zReport as Extract<OutboxItem, { type: 'zReport' }>).zReport, differences: 3 } } as OutboxItem;
    const fresh = saleDocument();
    expect(await push(till.token, { drawers: [], items: [...documentItems([changedSale, fresh], 2), changedZ] })).toEqual(['conflict', 'stored', 'conflict']);
    const kept = await office.db.pool.query('SELECT total::int AS total FROM documents WHERE uuid = $1', [sale.uuid]);
    expect(kept.rows).toEqual([{ total: 150 }]);
    const conflicts = await office.db.pool.query('SELECT item_type, identity, reason, pushed FROM push_conflicts WHERE till_id = $1 ORDER BY item_type', [till.tillId]);
    expect(conflicts.rows.map((row: { item_type: string; identity: string; reason: string }) => [row.item_type, row.identity, row.reason])).toEqual([
      ['document', sale.uuid, 'differs'],
      ['zReport', '7', 'differs'],
    ]);
    expect((conflicts.rows[0] as { pushed: { document: { total: number } } }).pushed.document.total).toBe(999);
  });

  it("refuses another till's UUID as `conflict`, and a till writes only under its own id", async () => {
    const first = await enrolTestTill(office, shopId, 'First');
    const second = await enrolTestTill(office, shopId, 'Second');
    const sale = saleDocument();
    await push(first.token, { drawers: [], items: documentItems([sale]) });
    expect(await push(second.token, { drawers: [], items: documentItems([sale]) })).toEqual(['conflict']);
    const owner = await office.db.pool.query('SELECT till_id FROM documents WHERE uuid = $1', [sale.uuid]);
    expect(owner.rows).toEqual([{ till_id: first.tillId }]);
    const refused = await office.db.pool.query('SELECT identity, reason FROM push_conflicts WHERE till_id = $1', [second.tillId]);
    expect(refused.rows).toEqual([{ identity: sale.uuid, reason: 'otherTill' }]);
    expect(await count('push_conflicts', first.tillId)).toBe(0);
  });

  it('refuses on its own an item PostgreSQL cannot hold (a NUL, a lone UTF-16 half, a number past a column), so the batch and the till go on', async () => {
    const till = await enrolTestTill(office, shopId);
    const [, , , zReport] = otherItems(7, 21, saleDocument().uuid);
    const wide = { ...zReport!, seq: 8, zReport: { ...(zReport as Extract<OutboxItem, { type: 'zReport' }>).zReport, differences: 2 ** 31 } } as OutboxItem;
    const documents = [
      saleDocument(),
      saleDocument({ document: { lines: [{ name: 'Bread\u0000' }] } }),
      saleDocument({ deviceDocumentNumber: 2 ** 40 }),
      saleDocument({ errorText: 'half \uD800 pair' }),
      saleDocument({ document: { ['key\u0000']: 1 } }),
      saleDocument(),
      saleDocument({ createdAt: '0000-12-31T23:00:00.000Z' }),
    ];
    const items = [...documentItems(documents), wide];
    const outcomes = await push(till.token, { drawers: [{ deviceId: 'drawer\u0000', cash: 10 }], items });
    expect(outcomes).toEqual(['stored', 'conflict', 'conflict', 'conflict', 'conflict', 'stored', 'conflict', 'conflict']);
    expect(await push(till.token, { drawers: [], items })).toEqual(['repeat', 'conflict', 'conflict', 'conflict', 'conflict', 'repeat', 'conflict', 'conflict']);
    expect(await count('documents', till.tillId)).toBe(2);
    const kept = await office.db.pool.query<{ reason: string; name: string | null }>(
      "SELECT reason, pushed->'document'->'document'->'lines'->0->>'name' AS name FROM push_conflicts WHERE till_id = $1 ORDER BY id",
      [till.tillId],
    );
    expect(kept.rows.map((row) => row.reason)).toEqual(Array.from({ length: 12 }, () => 'unstorable'));
    expect(kept.rows.map((row) => row.name)).toContain('Bread\uFFFD');
    expect((await office.db.pool.query('SELECT device_id, cash::int AS cash FROM drawers WHERE till_id = $1', [till.tillId])).rows).toEqual([{ device_id: 'drawer\uFFFD', cash: 10 }]);
  });

  it('refuses a push without a token, with an unknown token, and an item outside the contract', async () => {
    const till = await enrolTestTill(office, shopId);
    const request = { drawers: [], items: documentItems([saleDocument()]) };
    expect((await office.call('POST', '/api/till/push', { body: request })).status).toBe(401);
    expect((await office.call('POST', '/api/till/push', { body: request, token: 'A'.repeat(43) })).body).toMatchObject({ error: 'unauthorized' });
    const bad = await office.call('POST', '/api/till/push', { token: till.token, body: { drawers: [], items: [{ seq: 1, type: 'document', document: { uuid: 'nope' } }] } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'badRequest' });
    expect(await count('documents', till.tillId)).toBe(0);
  });

  it('keeps nothing of a push cut off in the middle; pushing the batch again gives exactly the union', async () => {
    const till = await enrolTestTill(office, shopId);
    const before = Array.from({ length: 5 }, () => saleDocument());
    await push(till.token, { drawers: [], items: documentItems(before) });
    const batch: OutboxItem[] = [...documentItems(before), ...otherItems(6, 11, before[0]!.uuid), ...documentItems(Array.from({ length: 30 }, () => saleDocument()), 10)];

    // The database connection is cut while the push holds the batch's first rows: the audit row
    // went in (items go in by type and identity), the documents wait on a lock held by another session.
    const locker = await office.db.pool.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE documents IN EXCLUSIVE MODE');
    const cut = office.call('POST', '/api/till/push', { token: till.token, body: { drawers: [], items: batch.slice(5) } });
    let waiting: number | undefined;
    for (let tries = 0; tries < 200 && waiting === undefined; tries += 1) {
      // Asked on another connection: inside the locker's transaction pg_stat_activity stays as it was first read.
      const { rows } = await office.db.pool.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO documents%'",
      );
      waiting = rows[0]?.pid;
      if (waiting === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(waiting).toBeDefined();
    await locker.query('SELECT pg_terminate_backend($1)', [waiting]);
    await locker.query('ROLLBACK');
    locker.release();
    const cutReply = await cut;
    expect([cutReply.status, (cutReply.body as { error: string }).error]).toEqual([503, 'unavailable']);
    expect(await count('documents', till.tillId)).toBe(5);
    expect(await count('z_reports', till.tillId)).toBe(0);

    // The till's side of the connection is cut too: the body sent, the answer never read.
    await new Promise<void>((resolve) => {
      const body = JSON.stringify({ drawers: [], items: batch });
      const socket = connect({ host: '127.0.0.1', port: office.service.port, rejectUnauthorized: false }, () => {
        socket.write(`POST /api/till/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${till.token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
        socket.end(body, () => {
          socket.destroy();
          resolve();
        });
      });
    });

    const outcomes = await push(till.token, { drawers: [], items: batch });
    expect(outcomes.filter((outcome) => outcome === 'conflict')).toEqual([]);
    expect(outcomes.slice(0, 5)).toEqual(before.map(() => 'repeat'));
    expect(await count('documents', till.tillId)).toBe(35);
    for (const table of ['z_reports', 'audit_entries', 'shift_openings', 'mismatches']) expect(await count(table, till.tillId), table).toBe(1);
    const uuids = (await office.db.pool.query<{ uuid: string }>('SELECT uuid FROM documents WHERE till_id = $1', [till.tillId])).rows.map((row) => row.uuid).sort();
    const expected = batch.flatMap((item) => (item.type === 'document' ? [item.document.uuid] : [])).sort();
    expect(uuids).toEqual(expected);
  });

  it('takes two tills pushing in parallel, each batch whole, none doubled', async () => {
    const tills = await Promise.all([enrolTestTill(office, shopId, 'Left'), enrolTestTill(office, shopId, 'Right')]);
    const shared = saleDocument();
    const batches = tills.map(() => Array.from({ length: 10 }, () => Array.from({ length: 50 }, () => saleDocument())));
    await Promise.all(
      tills.map(async (till, index) => {
        for (const [round, batch] of batches[index]!.entries()) {
          // Both tills claim one UUID in their first round: one stores it, the other hears `conflict`.
          const documents = round === 0 ? [shared, ...batch] : batch;
          const items = documentItems(documents, round * 100 + 1);
          await push(till.token, { drawers: [{ deviceId: 'caspos-training', cash: round }], items });
          // Each batch twice, the second overlapping the other till's pushes.
          await push(till.token, { drawers: [], items });
        }
      }),
    );
    for (const till of tills) expect(await count('documents', till.tillId)).toBeGreaterThanOrEqual(500);
    const total = await office.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE till_id = ANY($1)', [tills.map((till) => till.tillId)]);
    expect(total.rows[0]?.n).toBe(1001);
    const conflicts = await office.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM push_conflicts WHERE till_id = ANY($1)', [tills.map((till) => till.tillId)]);
    // The loser of the shared UUID hears `conflict` on its push and again on its repeat.
    expect(conflicts.rows[0]?.n).toBe(2);
  });

  it('never deadlocks two tills that claim the same UUIDs in opposite orders: each UUID is one till’s, the other hears `conflict`', async () => {
    const [left, right] = await Promise.all([enrolTestTill(office, shopId, 'West'), enrolTestTill(office, shopId, 'East')]);
    for (let round = 0; round < 5; round += 1) {
      const documents = Array.from({ length: 200 }, () => saleDocument());
      const [fromLeft, fromRight] = await Promise.all([
        push(left.token, { drawers: [], items: documentItems(documents) }),
        push(right.token, { drawers: [], items: documentItems([...documents].reverse()) }),
      ]);
      // Every UUID: `stored` for exactly one of the two tills and `conflict` for the other.
      const storedLeft = fromLeft.filter((outcome) => outcome === 'stored').length;
      const storedRight = fromRight.filter((outcome) => outcome === 'stored').length;
      expect(storedLeft + storedRight).toBe(200);
      expect([...fromLeft, ...fromRight].filter((outcome) => outcome === 'conflict')).toHaveLength(200);
      const owners = await office.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE uuid = ANY($1)', [documents.map((document) => document.uuid)]);
      expect(owners.rows[0]?.n).toBe(200);
    }
  });
});
