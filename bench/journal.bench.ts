import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../electron/app/create-app';
import { silentLogger } from '../electron/app/logger';
import { closeDatabase, openDatabase } from '../electron/db/open';
import { buildDocumentRequest, CasposClient, interpretAnswer, readDocument, withCredentials } from '../electron/devices/caspos/testing/wire';
import { startCasposSimulator } from '../electron/devices/caspos/simulator/server';
import type { Journal } from '../electron/journal/journal';
import { newSale, openJournal } from '../electron/journal/testing/journal-db';
import { randomSale } from '../electron/journal/torture/random-sale';
import { median, nowMs, row, verdict } from './measure';
import { noParents } from '../electron/devices/testing/parents';

/**
 * `npm run bench`: what one sale costs the app, against a training device that answers at once,
 * next to the floor (a bare HTTP round trip plus one fsync'd SQLite commit) measured in the same
 * run; and how long recovery of 1,000 unknown documents takes.
 */
const sales = 400;
const warmup = 50;
const credentials = { username: 'username', password: 'password' };

function barePost(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json;charset=utf-8', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function timeJournal(journal: Journal, into: number[]) {
  const record = journal.record.bind(journal);
  const settle = journal.settle.bind(journal);
  const markSending = journal.markSending.bind(journal);
  let current = 0;
  journal.record = (...args) => {
    const t = nowMs();
    const result = record(...args);
    current = nowMs() - t;
    return result;
  };
  journal.markSending = (...args) => {
    const t = nowMs();
    const result = markSending(...args);
    current += nowMs() - t;
    return result;
  };
  journal.settle = (...args) => {
    const t = nowMs();
    const result = settle(...args);
    into.push(current + nowMs() - t);
    return result;
  };
}

async function saleCost() {
  const device = await startCasposSimulator();
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-'));
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, deviceUrl: device.url });
  await new CasposClient({ url: device.url, credentials, auth: 'integration' }).openShift('Bench', 0);
  const { documents, journal } = app.context;
  const journalMs: number[] = [];
  timeJournal(journal, journalMs);
  const httpMs: number[] = [];
  const driver = app.context.device.driver!;
  const send = driver.send.bind(driver);
  driver.send = async (req) => {
    const t = nowMs();
    const outcome = await send(req);
    httpMs.push(nowMs() - t);
    return outcome;
  };

  const totalMs: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const t = nowMs();
    const entry = await documents!.submit(randomSale(i + 1), 10_000);
    if (entry.state !== 'done') throw new Error(`sale ${i} ended ${entry.state}`);
    if (i >= warmup) totalMs.push(nowMs() - t);
  }
  const journalKept = journalMs.slice(warmup);
  const httpKept = httpMs.slice(warmup);

  // The driver's own work without the network: building the bytes and reading an answer.
  const answer = JSON.stringify({ code: '0', message: 'Successful operation', data: { document_id: 'D'.repeat(44), document_number: 1, short_document_id: 'D'.repeat(12), totalSum: 5.46 } });
  const driverMs: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const t = nowMs();
    const built = buildDocumentRequest(randomSale(i + 1), randomUUID(), noParents);
    withCredentials(built.body, credentials);
    interpretAnswer({ ok: true, status: 200, body: answer }, readDocument);
    if (i >= warmup) driverMs.push(nowMs() - t);
  }

  // The floor: the same kind of request over bare HTTP to the same device, plus one commit.
  const floorDb = openDatabase(join(dataDir, 'floor.sqlite3'));
  floorDb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = floorDb.prepare('INSERT INTO t (body) VALUES (?)');
  const floorMs: number[] = [];
  const floorHttpMs: number[] = [];
  const floorCommitMs: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const body = withCredentials(buildDocumentRequest(randomSale(i + 1), randomUUID(), noParents).body, credentials);
    const t0 = nowMs();
    floorDb.transaction(() => insert.run(body))();
    const t1 = nowMs();
    await barePost(device.url, body);
    const t2 = nowMs();
    if (i >= warmup) {
      floorCommitMs.push(t1 - t0);
      floorHttpMs.push(t2 - t1);
      floorMs.push(t2 - t0);
    }
  }
  closeDatabase(floorDb);
  await app.close();
  await device.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { totalMs, journalMs: journalKept, httpMs: httpKept, driverMs, floorMs, floorHttpMs, floorCommitMs };
}

async function recoveryTime(count: number) {
  const device = await startCasposSimulator();
  await new CasposClient({ url: device.url, credentials, auth: 'integration' }).openShift('Bench', 0);
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-'));
  const first = await createApp({ host: 'web', dataDir, logger: silentLogger, deviceUrl: device.url });
  const deviceId = first.context.device.id;
  await first.close();
  const { db, journal } = openJournal(dataDir);
  const client = new CasposClient({ url: device.url, credentials, auth: 'integration' });
  for (let i = 0; i < count; i++) {
    const entry = journal.record({ ...newSale(), deviceId }, true);
    // Half of them reached the device before their answers were lost.
    if (i % 2 === 0) await client.sendDocument({ operation: 'sale', body: entry.request });
    journal.settle(entry.id, { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'bench' });
  }
  closeDatabase(db);

  const t = nowMs();
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, deviceUrl: device.url });
  const open = app.context.journal.unsettled(deviceId);
  await Promise.all(open.map((e) => app.context.sender!.settled(e.id)));
  const elapsed = nowMs() - t;
  const left = app.context.journal.unsettledCount(deviceId);
  const duplicates = (app.context.db.prepare('SELECT count(*) AS n FROM journal_documents WHERE duplicate = 1').get() as { n: number }).n;
  await app.close();
  await device.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { elapsed, left, duplicates };
}

console.log(`Kassa benchmarks (${sales} sales after ${warmup} warm-up, Node ${process.version})\n`);
const s = await saleCost();
const appSide = s.totalMs.map((total, i) => total - (s.httpMs[i] ?? 0));
console.log(row('sale, end to end (submit -> done)', s.totalMs));
console.log(row('  journal writes (2 fsync commits)', s.journalMs));
console.log(row('  driver: build bytes + read answer', s.driverMs));
console.log(row('  HTTP to the device (incl. its own commit)', s.httpMs));
console.log(row('  app-side overhead (end to end - HTTP)', appSide));
console.log(row('floor: bare HTTP + one fsync commit', s.floorMs));
console.log(row('  floor HTTP', s.floorHttpMs));
console.log(row('  floor commit', s.floorCommitMs));
const ratio = median(s.totalMs) / median(s.floorMs);
console.log(`\napp-side overhead median ${median(appSide).toFixed(3)} ms (target < 5 ms): ${verdict(median(appSide) < 5)}`);
console.log(`sale / floor ${ratio.toFixed(2)}x (target within 2x): ${verdict(ratio <= 2)}`);

const r = await recoveryTime(1000);
console.log(`\nrecovery of 1000 unknown documents (500 already on the device): ${(r.elapsed / 1000).toFixed(2)} s, ${r.left} left, ${r.duplicates} settled as done earlier (target < 10 s): ${verdict(r.elapsed < 10_000 && r.left === 0)}`);
