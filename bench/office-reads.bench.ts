import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addDays, ShopClock } from '../shared/shop-time';
import { randomSale } from '../electron/journal/torture/random-sale';
import { officeReads } from '../hq/office-reads/routes';
import { OfficeFixture } from '../hq/office-reads/testing/office-fixture';
import { freshDatabase, noTestServer } from '../hq/testing/postgres';
import { median, nowMs, row, verdict } from './measure';

/**
 * The office page's reads of a busy day on a real PostgreSQL: two shops of three tills, each till
 * 2,000 receipts between 08:00 and 22:00 (12,000 in the day), the days before and after as full,
 * one receipt in 100 rolled back. What the manager waits for when the page opens or refreshes
 * (every 30 s): each GET route answering, figures computed by the shared dashboard rules.
 * Target: the day's sales under 1 s, every other read under 100 ms.
 */
const tillsPerShop = 3;
const receiptsPerTill = 2_000;
const runs = 15;
const warmup = 2;
const day = '2026-05-04';
const zone = 'Asia/Baku';

if (noTestServer) {
  console.log(`\nOffice page reads: not measured, ${noTestServer}`);
} else {
  const db = await freshDatabase();
  try {
    const fixture = new OfficeFixture(db.pool);
    const clock = new ShopClock(zone);
    const t0 = nowMs();
    for (const name of ['Nizami küçəsi', 'Gənclik']) {
      const shop = await fixture.shop(name, zone, 'AZN');
      for (let t = 0; t < tillsPerShop; t++) {
        const till = await fixture.till(shop, `Kassa ${t + 1}`, 10);
        await fillTill(db.pool, shop, till, clock);
      }
    }
    await db.pool.query('ANALYZE');
    const filled = nowMs() - t0;

    const timings = new Map(officeReads.map((route) => [route.path, [] as number[]]));
    let receipts = 0;
    for (let i = 0; i < warmup + runs; i++) {
      for (const route of officeReads) {
        const query = new URLSearchParams(route.path === 'shops' || route.path === 'tills' ? {} : { date: day });
        const start = nowMs();
        const answer = await route.handle(db.pool, query);
        const took = nowMs() - start;
        if (i >= warmup) timings.get(route.path)!.push(took);
        if (route.path === 'sales') receipts = (answer as { shops: { totals: { receipts: number } }[] }).shops.reduce((sum, s) => sum + s.totals.receipts, 0);
      }
    }
    const total = 2 * tillsPerShop * receiptsPerTill;
    console.log(`\nOffice page reads of a day with ${total} receipts on ${2 * tillsPerShop} tills (${receipts} after rollbacks), 3 such days stored (filled in ${(filled / 1000).toFixed(1)} s)\n`);
    for (const [path, values] of timings) console.log(row(`GET /api/office/${path}`, values));
    const sales = median(timings.get('sales')!);
    const others = Math.max(...[...timings].filter(([path]) => path !== 'sales').map(([, values]) => median(values)));
    console.log(`\noffice sales of a day median ${sales.toFixed(1)} ms (target < 1000 ms): ${verdict(sales < 1000)}`);
    console.log(`slowest other office read median ${others.toFixed(1)} ms (target < 100 ms): ${verdict(others < 100)}`);
  } finally {
    await db.drop();
  }
}

/** A till's three days, inserted a day at a time in one statement: filling is not what is measured. */
async function fillTill(pool: pg.Pool, shop: string, till: string, clock: ShopClock): Promise<void> {
  for (const date of [addDays(day, -1), day, addDays(day, 1)]) {
    const opening = clock.dayRange(date).from.getTime() + 8 * 3_600_000;
    const step = (14 * 3_600_000) / receiptsPerTill;
    const rows = [];
    for (let i = 0; i < receiptsPerTill; i++) {
      const at = new Date(opening + i * step).toISOString();
      const uuid = randomUUID();
      const deviceDocumentId = `${date}-${i}`;
      const sale = randomSale(i + 1);
      rows.push({ uuid, kind: 'sale', document: sale, created_at: at, device_document_id: deviceDocumentId });
      if (i % 100 === 60) {
        rows.push({
          uuid: randomUUID(),
          kind: 'rollBack',
          document: { kind: 'rollBack', cashierName: sale.cashierName, parentUuid: uuid, tenders: sale.tenders, vatAmounts: [{ vatRate: 'vat18', sum: 1 }] },
          created_at: new Date(opening + i * step + step / 2).toISOString(),
          device_document_id: `${deviceDocumentId}-r`,
        });
      }
    }
    await pool.query(
      `INSERT INTO documents (uuid, till_id, shop_id, device_id, kind, operation, state, document, created_at, settled_at, duplicate, device_document_id, content_hash)
       SELECT r.uuid, $2, $3, 'device-1', r.kind, r.kind, 'done', r.document, r.created_at, r.created_at, false, r.device_document_id, sha256(r.uuid::text::bytea)
       FROM jsonb_to_recordset($1::jsonb) AS r(uuid uuid, kind text, document jsonb, created_at timestamptz, device_document_id text)`,
      [JSON.stringify(rows), till, shop],
    );
  }
}
