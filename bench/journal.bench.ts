import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceKind } from '../shared/device';
import { linesTotal } from '../shared/fiscal/receipt-math';
import { createApp } from '../electron/app/create-app';
import { silentLogger } from '../electron/app/logger';
import { closeDatabase, openDatabase } from '../electron/db/open';
import type { DriverDescriptor } from '../electron/devices/driver';
import { drivers } from '../electron/devices/registry';
import { noParents } from '../electron/devices/testing/parents';
import type { Journal } from '../electron/journal/journal';
import { openJournal } from '../electron/journal/testing/journal-db';
import { randomSale } from '../electron/journal/torture/random-sale';
import { median, nowMs, row, verdict } from './measure';

/**
 * `npm run bench`: what one sale costs the app on each registered driver, against its training
 * device, next to the exactly-once floor measured in the same run (the driver sending the same
 * kind of document to the same device, plus the two fsync'd SQLite commits the journal must make:
 * the bytes before they leave, the answer after it came); and how long recovery of 1,000 unknown
 * documents takes. The app-side overhead is what the sale costs above that floor.
 */
const sales = 400;
const warmup = 50;

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

/** The app on a new data folder, selling on its training device of `kind`. */
function trainingApp(kind: DeviceKind, dataDir: string) {
  return createApp({ host: 'web', dataDir, logger: silentLogger, training: kind });
}

async function saleCost(kind: DeviceKind) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-'));
  const app = await trainingApp(kind, dataDir);
  const driver = app.context.device.driver!;
  // The sales are in the device's own tax groups.
  const groups = app.context.device.capabilities()?.taxGroups;
  await driver.openShift('Bench', 0);
  const { documents, journal } = app.context;
  const journalMs: number[] = [];
  timeJournal(journal, journalMs);
  const httpMs: number[] = [];
  const send = driver.send.bind(driver);
  driver.send = async (req) => {
    const t = nowMs();
    const outcome = await send(req);
    httpMs.push(nowMs() - t);
    return outcome;
  };

  // The floor: a commit of the bytes, the driver sending them to the same device, a commit of the answer; nothing else.
  const floorDb = openDatabase(join(dataDir, 'floor.sqlite3'));
  floorDb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL, answer TEXT)');
  const insert = floorDb.prepare('INSERT INTO t (body) VALUES (?)');
  const answer = floorDb.prepare('UPDATE t SET answer = ? WHERE id = ?');
  const floorMs: number[] = [];
  const floorHttpMs: number[] = [];
  const floorCommitMs: number[] = [];
  async function floorSale(i: number, kept: boolean) {
    const uuid = randomUUID();
    const built = driver.build(randomSale(i + 1, groups), uuid, noParents);
    const t0 = nowMs();
    const { lastInsertRowid } = floorDb.transaction(() => insert.run(built.body))();
    const t1 = nowMs();
    let outcome = await send(built);
    // A device that finishes later (Checkbox) is asked again at once until it has: the floor has no waits.
    while (outcome.kind === 'accepted' && driver.completion) {
      const polled = await driver.completion.poll(uuid, built);
      if (polled.kind === 'found') outcome = polled.outcome;
      else if (polled.kind === 'failed') throw new Error(`floor sale ${i}: poll failed (${polled.reason})`);
    }
    const t2 = nowMs();
    if (outcome.kind !== 'done') throw new Error(`floor sale ${i} ended ${outcome.kind}`);
    floorDb.transaction(() => answer.run(outcome.raw, lastInsertRowid))();
    const t3 = nowMs();
    if (kept) {
      floorCommitMs.push(t1 - t0 + (t3 - t2));
      floorHttpMs.push(t2 - t1);
      floorMs.push(t3 - t0);
    }
  }

  // Each sale is followed by a floor sale, so both meet the same disk and CPU: the machine is shared.
  const totalMs: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const t = nowMs();
    const entry = await documents!.submit(randomSale(i + 1, groups), 10_000);
    if (entry.state !== 'done') throw new Error(`sale ${i} ended ${entry.state}`);
    if (i >= warmup) totalMs.push(nowMs() - t);
    await floorSale(i, i >= warmup);
  }
  const journalKept = journalMs.slice(warmup);
  const httpKept = httpMs.slice(warmup);

  // The driver's own work before the network: building the bytes the journal stores.
  const buildMs: number[] = [];
  for (let i = 0; i < warmup + sales; i++) {
    const t = nowMs();
    driver.build(randomSale(i + 1, groups), randomUUID(), noParents);
    if (i >= warmup) buildMs.push(nowMs() - t);
  }
  closeDatabase(floorDb);
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { totalMs, journalMs: journalKept, httpMs: httpKept, buildMs, floorMs, floorHttpMs, floorCommitMs };
}

/** `count` unknown documents, half of which reached the device, settled by the app's recovery at start. */
async function recoveryTime(descriptor: DriverDescriptor, count: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-'));
  const first = await trainingApp(descriptor.kind, dataDir);
  const deviceId = first.context.device.id;
  const groups = first.context.device.capabilities()?.taxGroups;
  await first.context.device.driver!.openShift('Bench', 0);
  await first.close();
  // The training device on the same fiscal memory, reached by a driver of its own while the app is down.
  const training = await descriptor.training!.start(join(dataDir, descriptor.training!.memoryFile));
  const driver = await descriptor.start(training.config, training.secrets, { logger: silentLogger });
  const { db, journal } = openJournal(dataDir);
  for (let i = 0; i < count; i++) {
    const uuid = randomUUID();
    const document = randomSale(i + 1, groups);
    const request = driver.build(document, uuid, noParents);
    const entry = journal.record({ uuid, deviceId, document, request, total: linesTotal(document.lines) }, true);
    // Half of them reached the device before their answers were lost.
    if (i % 2 === 0) await driver.send(request);
    journal.settle(entry.id, { kind: 'unknown', reason: 'answer_timeout', sent: true, detail: 'bench' });
  }
  closeDatabase(db);
  await driver.close();
  await training.close();

  const t = nowMs();
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger });
  const open = app.context.journal.unsettled(deviceId);
  await Promise.all(open.map((e) => app.context.sender!.settled(e.id)));
  const elapsed = nowMs() - t;
  const left = app.context.journal.unsettledCount(deviceId);
  const duplicates = (app.context.db.prepare('SELECT count(*) AS n FROM journal_documents WHERE duplicate = 1').get() as { n: number }).n;
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { elapsed, left, duplicates };
}

console.log(`Kassa benchmarks (${sales} sales after ${warmup} warm-up, Node ${process.version})`);
for (const descriptor of Object.values(drivers)) {
  if (!descriptor?.training) continue;
  console.log(`\n${descriptor.kind} driver against its training device`);
  const s = await saleCost(descriptor.kind);
  console.log(row('sale, end to end (submit -> done)', s.totalMs));
  console.log(row('  journal writes (2 fsync commits + checks)', s.journalMs));
  console.log(row('  driver: build the stored bytes', s.buildMs));
  console.log(row('  driver send (HTTP, device commit, answer)', s.httpMs));
  console.log(row('floor: send + two fsync commits', s.floorMs));
  console.log(row('  floor send', s.floorHttpMs));
  console.log(row('  floor commits (two)', s.floorCommitMs));
  const endToEnd = median(s.totalMs);
  const floor = median(s.floorMs);
  const overhead = endToEnd - floor;
  const ratio = endToEnd / floor;
  console.log(
    `\n${descriptor.kind}: end to end ${endToEnd.toFixed(3)} ms, floor ${floor.toFixed(3)} ms, app-side overhead ${overhead.toFixed(3)} ms (target < 1 ms): ${verdict(overhead < 1)}`,
  );
  console.log(`${descriptor.kind}: sale / floor ${ratio.toFixed(2)}x (target within 1.3x): ${verdict(ratio <= 1.3)}`);

  const r = await recoveryTime(descriptor, 1000);
  console.log(
    `${descriptor.kind}: recovery of 1000 unknown documents (500 already on the device): ${(r.elapsed / 1000).toFixed(2)} s, ${r.left} left, ${r.duplicates} settled as done earlier (target < 10 s): ${verdict(r.elapsed < 10_000 && r.left === 0)}`,
  );
}
