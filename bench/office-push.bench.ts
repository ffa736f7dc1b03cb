import { PushAnswer, maxPushItems, type PushedDocument } from '../shared/office/till-api';
import { createShop } from '../hq/office/shops';
import { enrolTestTill, startTestOffice, type TestOffice } from '../hq/testing/office-service';
import { documentItems, saleDocument } from '../hq/testing/outbox';
import { noTestServer } from '../hq/testing/postgres';
import { median, nowMs } from './measure';

/**
 * `KASSA_TEST_DATABASE_URL=… node --import tsx bench/office-push.bench.ts`: a till's backlog of
 * 10,000 settled sales (five lines each) pushed into the office over HTTPS in batches of 500, as
 * the till's pusher sends them; then the same backlog again (a till that lost every answer: all
 * `repeat`); then two tills pushing 10,000 each at once. Prints times and documents per second.
 */
const backlog = 10_000;

function sale(index: number): PushedDocument {
  const lines = Array.from({ length: 5 }, (_, line) => ({ name: `Product ${index % 500}-${line}`, quantity: 1000 + line, price: 150 + line, vatRate: 'vat18' }));
  return saleDocument({ document: { lines, tenders: [{ kind: 'cash', amount: 760 }], cashier: 'Aynur' }, total: 760, deviceTotal: 760, deviceDocumentNumber: index + 1 });
}

async function pushBacklog(office: TestOffice, token: string, documents: PushedDocument[]): Promise<{ ms: number; batches: number[]; outcomes: Map<string, number> }> {
  const batches: number[] = [];
  const outcomes = new Map<string, number>();
  const started = nowMs();
  for (let from = 0; from < documents.length; from += maxPushItems) {
    const items = documentItems(documents.slice(from, from + maxPushItems), from + 1);
    const batchStarted = nowMs();
    const reply = await office.call('POST', '/api/till/push', { token, body: { drawers: [{ deviceId: 'caspos-training', cash: from }], items } });
    batches.push(nowMs() - batchStarted);
    for (const { outcome } of PushAnswer.parse(reply.body).results) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  return { ms: nowMs() - started, batches, outcomes };
}

function report(name: string, count: number, result: { ms: number; batches: number[]; outcomes: Map<string, number> }): void {
  const perSecond = Math.round(count / (result.ms / 1000));
  console.log(
    `${name.padEnd(44)} ${count} documents in ${(result.ms / 1000).toFixed(2)} s = ${perSecond} documents/s; batch of ${maxPushItems}: median ${median(result.batches).toFixed(0)} ms; ${[...result.outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`,
  );
}

if (noTestServer) {
  console.log(`office push benchmark skipped: ${noTestServer}`);
} else {
  const office = await startTestOffice();
  try {
    const shop = await createShop(office.db.pool, { name: 'Bench', localProductsAllowed: true });
    const [first, second, third] = await Promise.all([enrolTestTill(office, shop.id, 'One'), enrolTestTill(office, shop.id, 'Two'), enrolTestTill(office, shop.id, 'Three')]);
    const documents = Array.from({ length: backlog }, (_, index) => sale(index));
    report('office push: backlog, one till', backlog, await pushBacklog(office, first.token, documents));
    report('office push: same backlog again (all repeat)', backlog, await pushBacklog(office, first.token, documents));
    const started = nowMs();
    const both = await Promise.all([second, third].map((till) => pushBacklog(office, till.token, Array.from({ length: backlog }, (_, index) => sale(index)))));
    const ms = nowMs() - started;
    const outcomes = new Map<string, number>();
    for (const [outcome, n] of both.flatMap((one) => [...one.outcomes])) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + n);
    report('office push: two tills at once (together)', 2 * backlog, { ms, batches: both.flatMap((one) => one.batches), outcomes });
    const stored = await office.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    console.log(`office push: documents in PostgreSQL ${stored.rows[0]?.n} (expected ${3 * backlog})`);
  } finally {
    await office.stop();
  }
}
