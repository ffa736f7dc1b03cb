import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkboxCapabilities } from '../../../shared/devices/checkbox/capabilities';
import { EventBus } from '../../app/event-bus';
import { silentLogger } from '../../app/logger';
import { closeDatabase } from '../../db/open';
import type { DeviceRefusal } from '../../../shared/devices/refusal';
import { failureOf } from '../../ipc/domain-failures';
import { DocumentService, OfflineWaitError } from '../../journal/document-service';
import type { JournalEntry } from '../../journal/journal';
import { DeviceSender } from '../../journal/sender';
import { openJournal } from '../../journal/testing/journal-db';
import { useTempDirs } from '../../testing/temp-dir';
import type { FiscalDriver } from '../driver';
import { CheckboxClient } from './client';
import { checkboxDriver } from './driver';
import type { SimReceipt } from './simulator/memory';
import { startCheckboxSimulator, type CheckboxSimulator } from './simulator/server';
import { cashier, cashSale } from './testing/harness';
import { bodyOf, untilSellingOffline } from './testing/offline';

const tempDir = useTempDirs();
const host = '127.0.0.61';
const hours = (n: number) => n * 3_600_000;
/** Early in a month, so 200 hours of clock moves stay in it. */
const base = Date.parse('2026-12-03T08:00:00Z');

/**
 * The driver under the real journal, sender and document service (SQLite on disk), against the
 * training server over HTTP on loopback. "Service down" is the server closed (connection
 * refused), then started again on the same port with the same fiscal memory.
 */
async function setUp(reserve = 20) {
  const dir = tempDir();
  const memoryFile = join(dir, 'training-checkbox.sqlite3');
  const started = Date.now();
  // The server's clock runs from `base`; its clock control moves it, and the journal and driver read the same clock.
  const realNow = () => new Date(base + Date.now() - started);
  let simulator: CheckboxSimulator = await startCheckboxSimulator({ host, memoryFile, now: realNow, settings: { goOnlineCalls: 2 } });
  const port = Number(new URL(simulator.url).port);
  const clock = () => simulator.service.now();
  const identity = simulator.service.identity;
  const client = new CheckboxClient({ url: simulator.url, licenseKey: identity.licenseKey, signIn: { pin: identity.pin }, connectTimeoutMs: 2_000, answerTimeoutMs: 5_000 });
  const driver: FiscalDriver = await checkboxDriver(client, silentLogger, { polls: 5, intervalMs: 0 }, { now: clock, offline: { reserve } });
  expect(await driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
  const { db, journal } = openJournal(dir, clock);
  const sender = new DeviceSender('training', driver, journal, new EventBus(), silentLogger, { backoffMs: [20, 40, 80], pollMs: [1, 1, 1] });
  const service = new DocumentService(journal, 'training', driver, sender, () => checkboxCapabilities, clock);
  let down = false;
  const s = {
    driver,
    journal,
    sender,
    get simulator() {
      return simulator;
    },
    sell: (price: number, waitMs = 5_000) => service.submit(cashSale(price), waitMs),
    service,
    deposit: (sum: number) => service.submit({ kind: 'deposit', cashierName: cashier, sum }, 5_000),
    settled: (entry: JournalEntry) => sender.settled(entry.id),
    async stop() {
      await simulator.close();
      down = true;
    },
    async restart() {
      simulator = await startCheckboxSimulator({ host, port, memoryFile, now: realNow, settings: { goOnlineCalls: 2 } });
      down = false;
      sender.kick();
    },
    /** Moves the training server's clock through its control, over HTTP. */
    async advance(ms: number) {
      const reply = await fetch(`http://${host}:${port}/__clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
      expect(reply.status).toBe(200);
    },
    receipts: (): SimReceipt[] => [...simulator.memory.receipts.values()],
    async close() {
      await sender.stop();
      closeDatabase(db);
      if (!down) await simulator.close();
    },
  };
  return s;
}

describe('Checkbox offline mode through the journal (acceptance checks 11 and 12)', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('service down: sells offline with reserved codes and the journal’s dates; back online: delivered, journal and server agree', async () => {
    const s = await setUp();
    close = () => s.close();
    const online = await Promise.all([1_000, 1_100].map(async (price) => s.settled(await s.sell(price))));
    expect(online.map((e) => e.state)).toEqual(['done', 'done']);
    expect((await s.driver.offline!.status()).codes).toBe(20);

    await s.stop();
    // The first sale meets the closed port: its fate is known (nothing connected), and the second refusal in a row takes the driver offline.
    const first = await s.sell(1_200, 50);
    await untilSellingOffline(s.driver);
    const offline: JournalEntry[] = [];
    // The journal takes new sales while the first is unknown: each is built offline with a code of its own.
    for (let i = 0; i < 8; i += 1) offline.push(await s.sell(1_300 + i, 0));
    const status = await s.driver.offline!.status();
    expect(status).toMatchObject({ offline: true, reason: 'unreachable', warn: false, spent: false });
    for (const entry of offline) {
      expect(entry.operation).toBe('sell-offline');
      // The date is the journal's commit time, inside the stored bytes.
      expect(bodyOf(entry).fiscal_date).toBe(entry.createdAt);
    }
    const codes = offline.map((e) => bodyOf(e).fiscal_code);
    expect(new Set(codes).size).toBe(codes.length);
    // The counter is told each receipt's code at once (the customer's receipt is complete with it), the first one's reserved for it.
    const codeOf = (e: JournalEntry) => s.driver.offline!.codeOf(e.uuid, { operation: e.operation, body: e.request });
    expect(offline.map(codeOf)).toEqual(codes);
    const firstCode = codeOf(first);
    expect(firstCode).toMatch(/^OFFLINE-/);
    expect(codes).not.toContain(firstCode);
    const dates = offline.map((e) => bodyOf(e).fiscal_date!);
    expect(dates).toEqual([...dates].sort());

    await s.restart();
    const settled = await Promise.all([first, ...offline].map((e) => s.settled(e)));
    expect(settled.map((e) => [e.state, e.errorText])).toEqual(settled.map(() => ['done', null]));
    // Made offline: provisional until delivered.
    expect(settled.every((e) => e.result?.provisional === true)).toBe(true);

    // The register went back online by itself after the last of them: the service delivered them all.
    for (let i = 0; i < 100 && (await s.driver.offline!.status()).offline; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await s.driver.offline!.status()).toMatchObject({ offline: false, undelivered: 0 });
    const receipts = s.receipts();
    const offlineReceipts = receipts.filter((r) => r.offline);
    expect(offlineReceipts.map((r) => r.id)).toEqual([first, ...offline].map((e) => e.uuid));
    expect(offlineReceipts.every((r) => r.delivered)).toBe(true);
    expect(offlineReceipts.map((r) => r.fiscalCode)).toEqual([firstCode, ...codes]);
    // 12: the server's offline dates are the journal's commit times, never going backwards.
    expect(offlineReceipts.map((r) => r.createdAt)).toEqual([first, ...offline].map((e) => e.createdAt));
    // Every offline code used once, the go-offline's code none of the receipts'.
    const used = s.simulator.memory.counters.offline.used;
    expect(new Set(used).size).toBe(used.length);
    // Each offline sale went out once, with the journal's bytes (the first got its code and date at send: it was built online).
    for (const entry of offline) {
      expect(s.simulator.received.filter((r) => r.id === entry.uuid && r.method === 'POST').map((r) => r.body)).toEqual([entry.request]);
    }
    // Journal and server memory agree: one receipt per done document, nothing else.
    expect(receipts.map((r) => r.id).sort()).toEqual([...online, ...settled].map((e) => e.uuid).sort());

    // Online again: a new sale is built and fiscalised online.
    const after = await s.settled(await s.sell(2_000));
    expect(after).toMatchObject({ state: 'done', operation: 'sell' });
    expect(after.result?.provisional).toBeUndefined();
  }, 60_000);

  it('a sale whose online answer was lost and which then meets the service down becomes one receipt, never two', async () => {
    const s = await setUp();
    close = () => s.close();
    // The server commits the sale and the answer is lost; then the service goes away.
    s.simulator.faults.next({ kind: 'dropAfterCommit' }, 'sell');
    const lost = await s.sell(1_500, 0);
    for (let i = 0; i < 500 && s.journal.get(lost.id)!.state !== 'unknown'; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await s.stop();
    await untilSellingOffline(s.driver);
    const behind = await s.sell(1_600, 0);
    expect(behind.operation).toBe('sell-offline');
    await s.restart();
    const [first, second] = await Promise.all([s.settled(lost), s.settled(behind)]);
    // Looked up by its id before anything was sent again: the online receipt it already is.
    expect(first).toMatchObject({ state: 'done', duplicate: true });
    expect(first.result?.provisional).toBeUndefined();
    expect(second).toMatchObject({ state: 'done' });
    expect(s.receipts().filter((r) => r.id === lost.uuid)).toHaveLength(1);
    expect(s.simulator.received.filter((r) => r.id === lost.uuid && r.method === 'POST' && r.path.endsWith('sell-offline'))).toEqual([]);
  }, 60_000);

  it('12: an offline receipt whose answer is lost is looked up by its id and settled once, never POSTed again', async () => {
    const s = await setUp();
    close = () => s.close();
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done', value: { offline: true, reason: 'manager' } });
    s.simulator.faults.next({ kind: 'dropAfterCommit' }, 'sellOffline');
    const entry = await s.settled(await s.sell(1_700));
    expect(entry).toMatchObject({ state: 'done', duplicate: true, operation: 'sell-offline', result: { provisional: true } });
    // A cash movement between offline receipts would go out online and break their order of dates: it waits for the register online.
    const all = () => s.journal.list('training', '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z');
    const journaled = all().length;
    const waits = async (submitted: Promise<unknown>) => {
      const error: unknown = await submitted.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(OfflineWaitError);
      // The renderer reads it as the device's refusal, with its explanation and action.
      const failure = failureOf(error);
      expect(failure?.code).toBe('device_rejected');
      return (failure?.details as DeviceRefusal).code;
    };
    expect(await waits(s.deposit(500))).toBe('offline_waits_cash');
    expect(await waits(s.service.submit({ kind: 'withdraw', cashierName: cashier, sum: 100, reason: 'bank' }, 5_000))).toBe('offline_waits_cash');
    expect(await waits(s.service.submit({ kind: 'closeShift', cashierName: cashier }, 5_000))).toBe('offline_waits_z');
    expect(s.driver.offline!.waits('closeShift')?.cashier).toEqual({ explanation: 'checkbox.errors.offline_waits_z.explanation', action: 'checkbox.errors.offline_waits_z.action' });
    // Nothing of them was journaled, and an opening float offline sends no shift request.
    expect(all()).toHaveLength(journaled);
    const shiftRequests = () => s.simulator.received.filter((r) => r.path.includes('/shifts')).length;
    const before = shiftRequests();
    expect(await s.driver.openShift(cashier, 500)).toMatchObject({ kind: 'rejected', refusal: { code: 'offline_waits_float', cashier: { explanation: 'checkbox.errors.offline_waits_float.explanation' } } });
    expect(shiftRequests()).toBe(before);
    // One POST of the stored bytes; recovery asked by id (drivers/checkbox.md §2) and found it.
    const posts = s.simulator.received.filter((r) => r.id === entry.uuid && r.method === 'POST');
    expect(posts.map((r) => r.body)).toEqual([entry.request]);
    expect(s.simulator.received.filter((r) => r.id === entry.uuid && r.method === 'GET').length).toBeGreaterThan(0);
    expect(s.receipts().filter((r) => r.id === entry.uuid)).toHaveLength(1);
    expect(await s.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false } });
    expect(s.receipts().find((r) => r.id === entry.uuid)).toMatchObject({ offline: true, delivered: true });
    // Online again, the cash movement goes out.
    expect(s.driver.offline!.waits('deposit')).toBeUndefined();
    expect(await s.settled(await s.deposit(500))).toMatchObject({ state: 'done' });
  }, 60_000);

  it('keeps the reserve of offline codes topped up while online, never handing a code twice', async () => {
    const s = await setUp(4);
    close = () => s.close();
    expect((await s.driver.offline!.status()).codes).toBe(4);
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done' });
    // The go-offline takes one code and two receipts two more: one left, below half the reserve.
    const offline = [await s.settled(await s.sell(900)), await s.settled(await s.sell(901))];
    expect(await s.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false, codes: 1 } });
    // The next online receipt tops the reserve up again.
    expect(await s.settled(await s.sell(902))).toMatchObject({ state: 'done', operation: 'sell' });
    expect((await s.driver.offline!.status()).codes).toBe(4);
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done' });
    offline.push(await s.settled(await s.sell(903)));
    expect(offline.map((e) => e.state)).toEqual(['done', 'done', 'done']);
    const codes = offline.map((e) => bodyOf(e).fiscal_code!);
    const used = s.simulator.memory.counters.offline.used;
    // Two go-offlines and three receipts: five codes, each used once.
    expect(used).toHaveLength(5);
    expect(new Set(used).size).toBe(5);
    expect(used).toEqual(expect.arrayContaining(codes));
  }, 60_000);

  it('11: the clock through 35 hours (warning), 36 (back online, refused offline) and the month’s 168 (refused)', async () => {
    const s = await setUp();
    close = () => s.close();
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done', value: { offline: true, sessionLeftMs: hours(36), warn: false } });
    expect(await s.settled(await s.sell(1_000))).toMatchObject({ state: 'done', operation: 'sell-offline' });

    await s.advance(hours(35));
    const warned = await s.driver.offline!.status();
    expect(warned).toMatchObject({ offline: true, warn: true, spent: false });
    expect(warned.sessionLeftMs).toBeLessThanOrEqual(hours(1));
    expect(await s.settled(await s.sell(1_100))).toMatchObject({ state: 'done', operation: 'sell-offline' });

    await s.advance(hours(1));
    // 36 hours in a row: no more selling offline, and going offline again is refused while the register is still in that session.
    expect(s.driver.offline!.selling()).toBe(false);
    expect(await s.driver.offline!.status()).toMatchObject({ spent: true, sessionLeftMs: 0 });
    const refused = await s.driver.offline!.goOffline();
    expect(refused).toMatchObject({ kind: 'rejected', refusal: { code: 'offline_limit_session', cashier: { explanation: 'checkbox.errors.offline_limit_session.explanation' } } });
    // The next sale is built online: the register goes back online first and delivers what was made offline.
    expect(await s.settled(await s.sell(1_200))).toMatchObject({ state: 'done', operation: 'sell' });
    expect(s.receipts().filter((r) => r.offline && !r.delivered)).toEqual([]);

    // Three more sessions of 35 hours: 141 hours this month; a fifth of 27 spends the 168.
    for (let i = 0; i < 3; i += 1) {
      await s.advance(hours(1));
      expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done' });
      await s.advance(hours(35));
      expect(await s.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false } });
    }
    await s.advance(hours(1));
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done', value: { offline: true } });
    await s.advance(hours(26));
    expect(await s.driver.offline!.status()).toMatchObject({ warn: true, spent: false });
    await s.advance(hours(1));
    expect(await s.driver.offline!.status()).toMatchObject({ spent: true, monthLeftMs: 0 });
    expect(await s.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false } });
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'rejected', refusal: { code: 'offline_limit_month' } });
    expect(await s.settled(await s.sell(1_300))).toMatchObject({ state: 'done', operation: 'sell' });
  }, 60_000);
});
