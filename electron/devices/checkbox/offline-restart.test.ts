import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkboxCapabilities } from '../../../shared/devices/checkbox/capabilities';
import { EventBus } from '../../app/event-bus';
import { silentLogger } from '../../app/logger';
import { closeDatabase } from '../../db/open';
import { DocumentService } from '../../journal/document-service';
import type { JournalEntry } from '../../journal/journal';
import { DeviceSender } from '../../journal/sender';
import { openJournal } from '../../journal/testing/journal-db';
import { useTempDirs } from '../../testing/temp-dir';
import type { FiscalDriver } from '../driver';
import { sqliteDriverState } from '../driver-state';
import { CheckboxClient } from './client';
import { checkboxDriver } from './driver';
import { startCheckboxSimulator, type CheckboxSimulator } from './simulator/server';
import { cashier, cashSale } from './testing/harness';
import { bodyOf, untilSellingOffline } from './testing/offline';

const tempDir = useTempDirs();
const host = '127.0.0.63';
const hours = (n: number) => n * 3_600_000;
/** Early in a month, so the clock moves stay in it. */
const base = Date.parse('2026-12-03T08:00:00Z');

/**
 * The app's restart mid-offline, with real files: the journal and the driver's state in one
 * SQLite file, the training server's fiscal memory in another. A "restart" drops the driver,
 * sender and document service and closes the database, then opens the file again and starts a
 * new driver over it, as the app does at start; nothing of the first run stays in memory.
 */
async function setUp() {
  const dir = tempDir();
  const memoryFile = join(dir, 'training-checkbox.sqlite3');
  const started = Date.now();
  const realNow = () => new Date(base + Date.now() - started);
  let simulator: CheckboxSimulator = await startCheckboxSimulator({ host, memoryFile, now: realNow, settings: { goOnlineCalls: 2 } });
  const port = Number(new URL(simulator.url).port);
  // The server's clock, moved by its control; while it is down, its memory's offset is moved directly (the same clock).
  let offsetWhileDown = 0;
  let down = false;
  const clock = () => (down ? new Date(realNow().getTime() + offsetWhileDown) : simulator.service.now());
  const identity = simulator.service.identity;

  // Kept across the service's restarts on the same port.
  const apiUrl = simulator.url;
  let app = await runAt(apiUrl);

  async function runAt(url: string) {
    const { db, journal } = openJournal(dir, clock);
    const client = new CheckboxClient({ url, licenseKey: identity.licenseKey, signIn: { pin: identity.pin }, connectTimeoutMs: 2_000, answerTimeoutMs: 5_000 });
    const driver: FiscalDriver = await checkboxDriver(client, silentLogger, { polls: 5, intervalMs: 0 }, { now: clock, offline: { reserve: 20 }, state: sqliteDriverState(db, 'training', clock) });
    const sender = new DeviceSender('training', driver, journal, new EventBus(), silentLogger, { backoffMs: [20, 40, 80], pollMs: [1, 1, 1] });
    const service = new DocumentService(journal, 'training', driver, sender, () => checkboxCapabilities, clock);
    // As at the app's start: every unsettled document is sent again before new ones.
    sender.kick();
    return { db, journal, driver, sender, service };
  }
  return {
    get driver() {
      return app.driver;
    },
    get simulator() {
      return simulator;
    },
    sell: (price: number, waitMs = 5_000) => app.service.submit(cashSale(price), waitMs),
    settled: (entry: JournalEntry) => app.sender.settled(entry.id),
    entry: (entry: JournalEntry) => app.journal.get(entry.id)!,
    async restartApp() {
      await app.sender.stop();
      closeDatabase(app.db);
      app = await runAt(apiUrl);
    },
    async stopService() {
      offsetWhileDown = simulator.service.now().getTime() - realNow().getTime();
      await simulator.close();
      down = true;
    },
    async startService() {
      simulator = await startCheckboxSimulator({ host, port, memoryFile, now: realNow, settings: { goOnlineCalls: 2 } });
      // The offset moved while down is the server's clock too.
      simulator.memory.counters.clockOffsetMs = offsetWhileDown;
      down = false;
      app.sender.kick();
    },
    async advance(ms: number) {
      if (down) {
        offsetWhileDown += ms;
        return;
      }
      const reply = await fetch(`http://${host}:${port}/__clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
      expect(reply.status).toBe(200);
    },
    async close() {
      await app.sender.stop();
      closeDatabase(app.db);
      if (!down) await simulator.close();
    },
  };
}

describe('Checkbox offline mode across a restart of the app', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('comes back offline with the service still down, keeps selling with codes never given before, and delivers every receipt once when the service is back', async () => {
    const s = await setUp();
    close = () => s.close();
    expect(await s.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    const online = [await s.settled(await s.sell(1_000)), await s.settled(await s.sell(1_100))];
    expect(online.map((e) => e.state)).toEqual(['done', 'done']);

    await s.stopService();
    const first = await s.sell(1_200, 50);
    await untilSellingOffline(s.driver);
    const before: JournalEntry[] = [];
    for (let i = 0; i < 5; i += 1) before.push(await s.sell(1_300 + i, 0));
    const firstCode = s.driver.offline!.codeOf(first.uuid, { operation: first.operation, body: first.request });
    const statusBefore = await s.driver.offline!.status();
    expect(statusBefore).toMatchObject({ offline: true, reason: 'unreachable' });

    await s.restartApp();
    // Back as it left, before any answer from the service: offline since the same instant, the same codes in hand.
    expect(s.driver.offline!.selling()).toBe(true);
    const statusAfter = await s.driver.offline!.status();
    expect(statusAfter).toMatchObject({ offline: true, reason: 'unreachable', since: statusBefore.since, codes: statusBefore.codes, undelivered: 5 });
    // The receipt built online before the service went away keeps the code reserved for its paper.
    expect(s.driver.offline!.codeOf(first.uuid, { operation: first.operation, body: s.entry(first).request })).toBe(firstCode);
    const after: JournalEntry[] = [];
    for (let i = 0; i < 4; i += 1) after.push(await s.sell(1_400 + i, 0));
    const offline = [...before, ...after];
    expect(offline.map((e) => e.operation)).toEqual(offline.map(() => 'sell-offline'));
    const codes = offline.map((e) => bodyOf(e).fiscal_code!);
    expect(new Set([firstCode, ...codes]).size).toBe(codes.length + 1);
    const dates = offline.map((e) => bodyOf(e).fiscal_date!);
    expect(dates).toEqual([...dates].sort());

    await s.startService();
    const settled = await Promise.all([first, ...offline].map((e) => s.settled(e)));
    expect(settled.map((e) => [e.state, e.errorText])).toEqual(settled.map(() => ['done', null]));
    for (let i = 0; i < 200 && (await s.driver.offline!.status()).offline; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await s.driver.offline!.status()).toMatchObject({ offline: false, undelivered: 0 });

    // Nothing lost, nothing twice: the server holds one receipt per done document, the offline ones delivered with the journal's codes and dates.
    const receipts = [...s.simulator.memory.receipts.values()];
    expect(receipts.map((r) => r.id).sort()).toEqual([...online, ...settled].map((e) => e.uuid).sort());
    const offlineReceipts = receipts.filter((r) => r.offline);
    expect(offlineReceipts.map((r) => r.id)).toEqual([first, ...offline].map((e) => e.uuid));
    expect(offlineReceipts.map((r) => r.fiscalCode)).toEqual([firstCode, ...codes]);
    expect(offlineReceipts.every((r) => r.delivered)).toBe(true);
    const used = s.simulator.memory.counters.offline.used;
    expect(new Set(used).size).toBe(used.length);

    // Online again: new sales go out online.
    expect(await s.settled(await s.sell(2_000))).toMatchObject({ state: 'done', operation: 'sell' });
  }, 60_000);

  it('counts the 36 hours of a session and the month’s hours across a restart: warns, then refuses', async () => {
    const s = await setUp();
    close = () => s.close();
    expect(await s.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    // A finished session of 10 hours earlier this month.
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'done' });
    await s.advance(hours(10));
    expect(await s.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false } });
    await s.advance(hours(1));
    const went = await s.driver.offline!.goOffline();
    expect(went).toMatchObject({ kind: 'done', value: { offline: true, reason: 'manager' } });
    expect(await s.settled(await s.sell(1_000))).toMatchObject({ state: 'done', operation: 'sell-offline' });
    await s.advance(hours(20));

    // The app restarts while the service is down: the limits are counted from what was kept.
    await s.stopService();
    await s.restartApp();
    const kept = await s.driver.offline!.status();
    expect(kept).toMatchObject({ offline: true, reason: 'manager', warn: false, spent: false });
    expect(kept.sessionLeftMs).toBeLessThanOrEqual(hours(16));
    expect(kept.sessionLeftMs).toBeGreaterThan(hours(15.9));
    expect(kept.monthLeftMs).toBeLessThanOrEqual(hours(168 - 30));
    expect(kept.monthLeftMs).toBeGreaterThan(hours(168 - 30.1));
    // Built offline with a code of its own; it waits in the journal for the service.
    const queued = await s.sell(1_100, 0);
    expect(queued.operation).toBe('sell-offline');

    await s.advance(hours(15.5));
    expect(await s.driver.offline!.status()).toMatchObject({ offline: true, warn: true, spent: false });
    // Restarted again at the edge: still warned, and at 36 hours no more selling offline.
    await s.restartApp();
    expect(await s.driver.offline!.status()).toMatchObject({ warn: true, spent: false });
    await s.advance(hours(0.5));
    expect(s.driver.offline!.selling()).toBe(false);
    expect(await s.driver.offline!.status()).toMatchObject({ spent: true, sessionLeftMs: 0 });
    expect(await s.driver.offline!.goOffline()).toMatchObject({ kind: 'rejected', refusal: { code: 'offline_limit_session' } });

    // The service back: the next sale is built online and goes out after the register delivers what was made offline.
    await s.startService();
    expect(await s.settled(queued)).toMatchObject({ state: 'done', result: { provisional: true } });
    expect(await s.settled(await s.sell(1_200))).toMatchObject({ state: 'done', operation: 'sell' });
    expect([...s.simulator.memory.receipts.values()].filter((r) => r.offline && !r.delivered)).toEqual([]);
    expect([...s.simulator.memory.receipts.values()].filter((r) => r.offline)).toHaveLength(2);
  }, 60_000);
});
