import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../app/event-bus';
import { silentLogger } from '../../app/logger';
import { closeDatabase, type Db } from '../../db/open';
import { DeviceSender } from '../../journal/sender';
import { openJournal } from '../../journal/testing/journal-db';
import { useTempDirs } from '../../testing/temp-dir';
import { seededRandom } from '../seeded-random';
import { noParents } from '../testing/parents';
import { linesTotal } from '../../../shared/fiscal/receipt-math';
import type { LoggedRequest } from './simulator/server';
import { bread, cashier, cashSale } from './testing/documents';
import { bench, registerState, type Bench } from './testing/harness';

const tempDir = useTempDirs();

/** Ids whose document went out again without an OPERATION_ID for it since its previous send. */
function resendsWithoutLookup(requests: readonly LoggedRequest[]): string[] {
  const looked = new Map<string, boolean>();
  const offences: string[] = [];
  for (const request of requests) {
    if (!request.operationId) continue;
    if (request.operation === 'OPERATION_ID') looked.set(request.operationId, true);
    else if (request.operation !== null) {
      if (looked.has(request.operationId) && !looked.get(request.operationId)) offences.push(request.operationId);
      looked.set(request.operationId, false);
    }
  }
  return offences;
}

let b: Bench;
let db: Db | undefined;
afterEach(async () => {
  await b?.close();
  if (db) closeDatabase(db);
  db = undefined;
});

/** The real journal on disk and its sender, over the SmartX driver and its training register. */
async function journalOn(random?: () => number) {
  b = await bench({}, {}, undefined, random);
  await b.driver.openShift(cashier, 0);
  const opened = openJournal(tempDir());
  db = opened.db;
  const sender = new DeviceSender('training', b.driver, opened.journal, new EventBus(), silentLogger, { backoffMs: [1, 2, 4] });
  const record = (price: number) => {
    const document = cashSale([bread(price)]);
    const uuid = randomUUID();
    return opened.journal.record({ uuid, deviceId: 'training', document, request: b.driver.build(document, uuid, noParents), total: linesTotal(document.lines) }, true);
  };
  return { journal: opened.journal, sender, record };
}

describe('check 3: 100 cash sales with 20 % of answers dropped after commit', () => {
  it('leaves exactly 100 sales in the register, each re-send after a lookup, and no doubles', async () => {
    const { sender, record } = await journalOn(seededRandom(18));
    b.simulator.faults.setRates({ dropAfterCommit: 0.2 }, ['SALE']);
    const entries = Array.from({ length: 100 }, (_, i) => record(100 + i));
    const settled = await Promise.all(entries.map((entry) => sender.settled(entry.id)));
    await sender.stop();
    expect(settled.map((entry) => entry.state)).toEqual(entries.map(() => 'done'));
    const state = await registerState(b.simulator);
    expect(state.documents.filter((record) => record.type === 'Sale')).toHaveLength(100);
    expect(state.doubles).toEqual([]);
    expect(resendsWithoutLookup(b.simulator.requests)).toEqual([]);
    const dropped = b.simulator.faults.injected.dropAfterCommit ?? 0;
    const lookups = b.simulator.requests.filter((request) => request.operation === 'OPERATION_ID').length;
    console.info(`check 3: ${dropped} answers dropped after commit, ${lookups} lookups, 0 re-sends needed`);
    expect(dropped).toBeGreaterThan(5);
    expect(lookups).toBeGreaterThanOrEqual(dropped);
  }, 60_000);
});

describe('check 4: a lookup that fails itself', () => {
  it('sends nothing again until a lookup succeeds', async () => {
    const { sender, record } = await journalOn();
    b.simulator.faults.next({ kind: 'dropAfterCommit' }, 'SALE');
    for (let i = 0; i < 3; i++) b.simulator.faults.next({ kind: i === 1 ? 'garbage' : 'dropBeforeCommit' }, 'OPERATION_ID');
    const kept = record(500);
    const settled = await sender.settled(kept.id);
    expect(settled).toMatchObject({ state: 'done' });
    expect(b.simulator.requests.filter((request) => request.operationId === kept.uuid).map((request) => request.wireName)).toEqual(['SALE', 'OPERATION_ID', 'OPERATION_ID', 'OPERATION_ID', 'OPERATION_ID']);

    b.simulator.faults.next({ kind: 'dropBeforeCommit' }, 'SALE');
    for (let i = 0; i < 2; i++) b.simulator.faults.next({ kind: 'empty' }, 'OPERATION_ID');
    const lost = record(600);
    expect(await sender.settled(lost.id)).toMatchObject({ state: 'done' });
    await sender.stop();
    expect(b.simulator.requests.filter((request) => request.operationId === lost.uuid).map((request) => request.wireName)).toEqual(['SALE', 'OPERATION_ID', 'OPERATION_ID', 'OPERATION_ID', 'SALE']);
    const state = await registerState(b.simulator);
    expect(state.documents.filter((record) => record.type === 'Sale').map((record) => record.total)).toEqual([500, 600]);
    expect(state.doubles).toEqual([]);
  }, 60_000);
});

describe('shift operations whose answer was lost', () => {
  it('opens: the register\'s shift state says it did, so nothing is sent again', async () => {
    b = await bench();
    b.simulator.faults.next({ kind: 'dropAfterCommit' }, 'openShift');
    expect(await b.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done', duplicate: true });
    expect(b.simulator.requests.map((request) => request.wireName)).toEqual(['AUTH', 'OPEN_SHIFT', 'OTHER_INFO']);
  });

  it('closes: a closed shift settles the Z report, an open one lets it go again', async () => {
    const { sender, journal } = await journalOn();
    const close = () => {
      const uuid = randomUUID();
      const document = { kind: 'closeShift' as const, cashierName: cashier };
      return journal.record({ uuid, deviceId: 'training', document, request: b.driver.build(document, uuid, noParents), total: 0 }, true);
    };
    const wireNames = () => b.simulator.requests.filter((request) => request.wireName !== 'AUTH').map((request) => request.wireName);
    b.simulator.faults.next({ kind: 'dropBeforeCommit' }, 'closeShift');
    expect(await sender.settled(close().id)).toMatchObject({ state: 'done', duplicate: false });
    expect(wireNames().slice(-3)).toEqual(['CLOSE_SHIFT', 'OTHER_INFO', 'CLOSE_SHIFT']);
    await b.driver.openShift(cashier, 0);
    b.simulator.faults.next({ kind: 'dropAfterCommit' }, 'closeShift');
    expect(await sender.settled(close().id)).toMatchObject({ state: 'done', duplicate: true });
    await sender.stop();
    expect(wireNames().slice(-2)).toEqual(['CLOSE_SHIFT', 'OTHER_INFO']);
  });
});
