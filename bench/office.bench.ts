import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type KassaApp } from '../electron/app/create-app';
import { silentLogger } from '../electron/app/logger';
import { randomSale } from '../electron/journal/torture/random-sale';
import { spawnTs } from '../electron/testing/spawn-ts';
import { median, nowMs, row } from './measure';

/**
 * Issue 21: the push of a 10,000-document backlog to the shop office (time, documents per
 * second), and what a sale costs while the till pushes such a backlog in the background, beside
 * the same sales without the push, in one run. The office runs in its own process (bench/office-
 * child.ts) over real HTTPS on loopback, so the till's process does only the till's work.
 */
const backlog = 10_000;
const sales = 300;
const warmup = 30;

interface Office {
  address: string;
  fingerprint: string;
  codes: string[];
}

async function startOffice() {
  const child = spawnTs(join(import.meta.dirname, 'office-child.ts'));
  const office = await new Promise<Office>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Office);
    });
    child.once('exit', (code) => reject(new Error(`office child exited ${code}`)));
  });
  return { office, stop: () => child.kill('SIGKILL') };
}

async function till(): Promise<{ app: KassaApp; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-office-'));
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, training: 'caspos', officeSync: { idleMs: 50, backoffMs: [100] } });
  await app.context.device.driver!.openShift('Bench', 0);
  return { app, dataDir };
}

/** `count` settled sales in the journal at once, copies of one real sale under new UUIDs: the history a till brings to its office. */
function fillJournal(app: KassaApp, count: number): void {
  const db = app.context.db;
  const copy = db.prepare(
    `INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, total, state, attempts, created_at, updated_at, duplicate,
                                    device_document_id, device_document_number, result, raw_answer)
     SELECT ?, device_id, kind, operation, request, document, total, 'done', 1, created_at, updated_at, 0, ?, ?, result, raw_answer
       FROM journal_documents WHERE kind = 'sale' AND state = 'done' ORDER BY id LIMIT 1`,
  );
  db.transaction(() => {
    for (let i = 0; i < count; i++) copy.run(randomUUID(), `bench-${i}`, 100_000 + i);
  })();
}

async function sell(app: KassaApp, i: number): Promise<number> {
  const groups = app.context.device.capabilities()?.taxGroups;
  const t = nowMs();
  const entry = await app.context.documents!.submit(randomSale(i + 1, groups), 10_000);
  if (entry.state !== 'done') throw new Error(`sale ${i} ended ${entry.state}`);
  return nowMs() - t;
}

async function joinOffice(app: KassaApp, office: Office, code: string, tillName: string) {
  await app.context.office.join({ address: office.address, fingerprint: office.fingerprint, code: code.replace('-', ''), tillName });
}

const { office, stop } = await startOffice();
try {
  console.log(`\nShop office (issue 21): push of a ${backlog}-document backlog over HTTPS on loopback, office in its own process (Node ${process.version})`);

  // 1. The backlog alone: batches of 500 pushed one after the other, nothing else running.
  const first = await till();
  await first.app.context.office.stop();
  await sell(first.app, 0);
  fillJournal(first.app, backlog);
  await joinOffice(first.app, office, office.codes[0]!, 'Bench backlog');
  const items = first.app.context.office.store.waiting();
  const t = nowMs();
  let batches = 0;
  for (;;) {
    batches += 1;
    if (!(await first.app.context.office.pusher.pushBatch()).more) break;
  }
  const pushMs = nowMs() - t;
  const left = first.app.context.office.store.waiting();
  console.log(`push of ${items} outbox items (${backlog + 1} documents): ${(pushMs / 1000).toFixed(2)} s in ${batches} batches, ${Math.round((items / pushMs) * 1000)} items/s; left ${left}`);
  await first.app.close();
  rmSync(first.dataDir, { recursive: true, force: true });

  // 2. A sale's cost without a push, then while the background round pushes a backlog of the same size.
  const second = await till();
  const plain: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const ms = await sell(second.app, i);
    if (i >= warmup) plain.push(ms);
  }
  fillJournal(second.app, backlog);
  await joinOffice(second.app, office, office.codes[1]!, 'Bench while selling');
  const pushing: number[] = [];
  const started = nowMs();
  for (let i = 0; i < sales && second.app.context.office.store.waiting() > 0; i++) pushing.push(await sell(second.app, warmup + sales + i));
  const waitingAfter = second.app.context.office.store.waiting();
  while (second.app.context.office.store.waiting() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const drainedMs = nowMs() - started;
  console.log(row('sale, no push', plain));
  console.log(row('sale while pushing the backlog', pushing, `${pushing.length} sales during the push; ${waitingAfter} items still waiting after them`));
  console.log(`sale overhead while pushing: median ${(median(pushing) - median(plain)).toFixed(3)} ms; the backlog drained in ${(drainedMs / 1000).toFixed(2)} s while selling`);
  await second.app.close();
  rmSync(second.dataDir, { recursive: true, force: true });
} finally {
  stop();
}
