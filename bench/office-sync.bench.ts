import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnrolmentCodeAnswer, Shop } from '../shared/office/office-admin';
import { maxPushItems } from '../shared/office/till-api';
import { createApp, type KassaApp } from '../electron/app/create-app';
import { silentLogger } from '../electron/app/logger';
import { randomSale } from '../electron/journal/torture/random-sale';
import { drawerCash } from '../electron/office/drawer-cash';
import { OutboxItems } from '../electron/office/outbox-items';
import { freshDatabase, noTestServer } from '../hq/testing/postgres';
import { OfficeProcess } from '../e2e/office-process';
import { median, nowMs, percentile } from './measure';

/**
 * `npm run bench` (with KASSA_TEST_DATABASE_URL): issue 21's push figures against the real office
 * (`hq/main.ts` as its own process, on a fresh PostgreSQL database) from the real till (createApp
 * on a real SQLite file, selling on the Caspos training device as documents.bench.ts does).
 *
 * 1. A backlog of 10,000 settled sales (a till that joins with a month of history, or was cut
 *    off for days) pushed by the till's own pusher, batch after batch, until the outbox is empty.
 * 2. A sale end to end (submit -> done) on a till while its pusher works through a backlog,
 *    beside the same till with the pusher idle: blocks of sales alternate between the two so
 *    that neither gets the warmer machine.
 */
const backlog = 10_000;
const blocks = 8;
const salesPerBlock = 15;
const busyDay = 2_740;
const manager = { name: 'Bench', password: 'correct horse battery' };

/** Sells `count` receipts and answers each one's time, in ms. */
async function sell(app: KassaApp, count: number, seed: { next: number }): Promise<number[]> {
  const groups = app.context.device.capabilities()?.taxGroups;
  const times: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const started = nowMs();
    const entry = await app.context.documents!.submit(randomSale(++seed.next, groups), 10_000);
    if (entry.state !== 'done') throw new Error(`sale ${seed.next} ended ${entry.state}`);
    times.push(nowMs() - started);
  }
  return times;
}

/**
 * A backlog of settled sales made from one real sale, copied by SQL (new UUIDs and device numbers):
 * filling is not what is measured, and each copy is a document the office must take as new.
 */
function fillBacklog(app: KassaApp, count: number): void {
  const db = app.context.db;
  const model = db.prepare("SELECT id FROM journal_documents WHERE state = 'done' AND kind = 'sale' ORDER BY id DESC LIMIT 1").get() as { id: number };
  const columns = (db.prepare('PRAGMA table_info(journal_documents)').all() as { name: string }[]).map((column) => column.name).filter((name) => name !== 'id');
  const made: Record<string, string> = {
    uuid: "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))",
    device_document_id: "'B' || n",
    device_document_number: '1000000 + n',
  };
  const select = columns.map((name) => made[name] ?? name).join(', ');
  db.prepare(
    `WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < ?)
     INSERT INTO journal_documents (${columns.join(', ')}) SELECT ${select} FROM copies, journal_documents WHERE id = ?`,
  ).run(count, model.id);
}

/**
 * A till on the Caspos training device that joins with `past` settled sales in a shift closed by
 * its Z report and `today` in the shift still open (a busy day is 2,740 receipts: documents.bench.ts):
 * the outbox holds them all, backfilled in settle order.
 */
async function joinedTill(office: OfficeProcess, shop: Shop, dataDir: string, name: string, counts: { past: number; today: number }): Promise<KassaApp> {
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, training: 'caspos' });
  // The bench drives the pusher itself: the background round stays off.
  await app.context.office.stop();
  await expectOk(app.dispatch('setup.createManager', { name: 'Bench', pin: '2468' }));
  await expectOk(app.dispatch('shift.open', { openingFloat: 0 }));
  await sell(app, 1, { next: 0 });
  if (counts.past > 0) fillBacklog(app, counts.past);
  await expectOk(app.dispatch('report.z', {}));
  await expectOk(app.dispatch('shift.open', { openingFloat: 0 }));
  await sell(app, 1, { next: 1 });
  if (counts.today > 0) fillBacklog(app, counts.today);
  const code = (await office.call('POST', `/api/office/shops/${shop.id}/enrolment-codes`, {})).body as EnrolmentCodeAnswer;
  await app.context.office.join({ address: office.url, fingerprint: office.certificate().fingerprint, code: code.code.replace('-', ''), tillName: name });
  return app;
}

async function expectOk(answer: Promise<unknown>): Promise<void> {
  const settled = (await answer) as { ok: boolean };
  if (!settled.ok) throw new Error(`bench setup failed: ${JSON.stringify(settled)}`);
}

function timedMedian(action: () => unknown): number {
  const times = Array.from({ length: 5 }, () => {
    const started = nowMs();
    action();
    return nowMs() - started;
  });
  return median(times);
}

const waiting = (app: KassaApp) => (app.context.db.prepare('SELECT count(*) AS n FROM office_outbox WHERE seq > (SELECT push_cursor FROM office_link)').get() as { n: number }).n;

if (noTestServer) {
  console.log(`office sync benchmark skipped: ${noTestServer}`);
} else {
  const workDir = mkdtempSync(join(tmpdir(), 'kassa-bench-office-sync-'));
  const database = await freshDatabase();
  const office = await OfficeProcess.start(join(workDir, 'office'), database, manager);
  try {
    const shop = (await office.call('POST', '/api/office/shops', { name: 'Bench' })).body as Shop;

    // 1. The backlog, fresh after a join.
    const pushing = await joinedTill(office, shop, join(workDir, 'till-1'), 'Kassa 1', { past: backlog, today: 0 });
    const items = waiting(pushing);
    const started = nowMs();
    const batchTimes: number[] = [];
    for (let more = true; more; ) {
      const batchStarted = nowMs();
      more = (await pushing.context.office.pusher.pushBatch()).more;
      batchTimes.push(nowMs() - batchStarted);
    }
    const ms = nowMs() - started;
    const stored = (await database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE till_id = $1', [pushing.context.office.store.get()!.tillId])).rows[0]!.n;
    console.log(
      `office sync: push of a ${backlog}-document backlog (${items} outbox items, ${batchTimes.length} batches): ${(ms / 1000).toFixed(2)} s = ${Math.round(items / (ms / 1000))} items/s; a batch median ${median(batchTimes).toFixed(0)} ms; ${stored} documents of this till in PostgreSQL, ${waiting(pushing)} left`,
    );
    await pushing.close();

    // 2. A sale with the pusher working through a backlog, beside the same till with it idle.
    const till = await joinedTill(office, shop, join(workDir, 'till-2'), 'Kassa 2', { past: backlog, today: busyDay });
    const seed = { next: 1_000 };
    await sell(till, 10, seed);
    const idle: number[] = [];
    const busy: number[] = [];
    let batches = 0;
    for (let block = 0; block < blocks; block += 1) {
      idle.push(...(await sell(till, salesPerBlock, seed)));
      let stop = false;
      const pushLoop = (async () => {
        while (!stop && (await till.context.office.pusher.pushBatch()).more) batches += 1;
      })();
      busy.push(...(await sell(till, salesPerBlock, seed)));
      stop = true;
      await pushLoop;
    }
    const idleMedian = median(idle);
    const busyMedian = median(busy);
    const spread = (times: number[]) => `p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
    console.log(
      `office sync: a sale end to end late on a busy day (${busyDay} receipts in the shift), pusher idle ${idleMedian.toFixed(2)} ms (${spread(idle)}), pushing a ${backlog}-document backlog ${busyMedian.toFixed(2)} ms (${spread(busy)}); median of ${idle.length} each, overhead ${(busyMedian - idleMedian).toFixed(2)} ms; ${batches} batches pushed meanwhile, ${waiting(till)} items still waiting`,
    );
    // The till's main-thread work of a push besides waiting for the office: the pusher builds items a few at a time, yielding to sales between, and reckons the drawers once, with the batch that empties the outbox.
    const drawers = timedMedian(() => drawerCash(till.context.db, till.context.journal));
    const rows = till.context.office.store.pending(maxPushItems);
    const builder = new OutboxItems(till.context.db);
    const build = timedMedian(() => rows.map((row) => builder.build(row.seq, row.type, row.ref)));
    console.log(`office sync: the till's main thread reckons the drawers in ${drawers.toFixed(1)} ms (the shift's ${busyDay} receipts, once a backlog) and builds ${rows.length} items in ${build.toFixed(1)} ms all told (medians of 5)`);
    await till.close();
  } finally {
    await office.kill();
    await database.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
