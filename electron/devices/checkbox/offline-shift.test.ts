import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkboxCapabilities } from '../../../shared/devices/checkbox/capabilities';
import { EventBus } from '../../app/event-bus';
import { silentLogger } from '../../app/logger';
import { closeDatabase } from '../../db/open';
import { DocumentService } from '../../journal/document-service';
import type { JournalEntry } from '../../journal/journal';
import { DeviceSender } from '../../journal/sender';
import { openJournal } from '../../journal/testing/journal-db';
import { useTempDirs } from '../../testing/temp-dir';
import { sqliteDriverState } from '../driver-state';
import { CheckboxClient } from './client';
import { checkboxDriver } from './driver';
import { startCheckboxSimulator, type CheckboxSimulator } from './simulator/server';
import { cashier, cashSale } from './testing/harness';
import { bodyOf } from './testing/offline';

const tempDir = useTempDirs();
const host = '127.0.0.65';
const base = Date.parse('2026-12-03T08:00:00Z');

/** The journal and the driver's state in one SQLite file, the training server's memory in another; a restart opens the file again under a new driver. */
async function setUp() {
  const dir = tempDir();
  const started = Date.now();
  const simulator: CheckboxSimulator = await startCheckboxSimulator({ host, memoryFile: join(dir, 'training-checkbox.sqlite3'), now: () => new Date(base + Date.now() - started), settings: { goOnlineCalls: 2 } });
  const clock = () => simulator.service.now();
  const identity = simulator.service.identity;
  const runApp = async () => {
    const { db, journal } = openJournal(dir, clock);
    const client = new CheckboxClient({ url: simulator.url, licenseKey: identity.licenseKey, signIn: { pin: identity.pin }, connectTimeoutMs: 2_000, answerTimeoutMs: 5_000 });
    const state = sqliteDriverState(db, 'training', clock);
    const driver = await checkboxDriver(client, silentLogger, { polls: 5, intervalMs: 0 }, { now: clock, offline: { reserve: 20 }, state });
    const sender = new DeviceSender('training', driver, journal, new EventBus(), silentLogger, { backoffMs: [20, 40, 80], pollMs: [1, 1, 1] });
    const service = new DocumentService(journal, 'training', driver, sender, () => checkboxCapabilities, clock);
    sender.kick();
    return { db, driver, sender, service, state };
  };
  let app = await runApp();
  return {
    simulator,
    get app() {
      return app;
    },
    settled: (entry: JournalEntry) => app.sender.settled(entry.id),
    async restartApp() {
      await app.sender.stop();
      closeDatabase(app.db);
      app = await runApp();
    },
    async close() {
      await app.sender.stop();
      closeDatabase(app.db);
      await simulator.close();
    },
  };
}

describe('Checkbox: a shift opened offline (SEED ~636)', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('after go-offline, with a kept code and date: once across a lost answer and a restart, the offline receipts in it, delivered when back online', async () => {
    const s = await setUp();
    close = () => s.close();
    expect(await s.app.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    expect(await s.settled(await s.app.service.submit(cashSale(1_000), 5_000))).toMatchObject({ state: 'done' });
    expect(await s.settled(await s.app.service.submit({ kind: 'closeShift', cashierName: cashier }, 5_000))).toMatchObject({ state: 'done' });
    expect(await s.app.driver.offline!.goOffline()).toMatchObject({ kind: 'done', value: { offline: true, reason: 'manager' } });
    const codesBefore = (await s.app.driver.offline!.status()).codes;

    // The seed has no offline service receipt: a float is refused, explained, and nothing is sent.
    const posts = () => s.simulator.received.filter((r) => r.method === 'POST' && r.path.endsWith('/shifts'));
    expect(await s.app.driver.openShift(cashier, 5_000)).toMatchObject({ kind: 'rejected', refusal: { code: 'offline_waits_float', cashier: { action: 'checkbox.errors.offline_waits_float.action' } } });
    expect(posts()).toHaveLength(1);

    // The opening is committed at the service and its answer lost; the app restarts before it learns anything.
    s.simulator.faults.next({ kind: 'dropAfterCommit' }, 'openShift');
    expect(await s.app.driver.openShift(cashier, 0)).toMatchObject({ kind: 'unknown' });
    const kept = s.app.state.read('checkbox.offlineShiftOpening') as { id: string; fiscal_code: string; fiscal_date: string };
    expect(kept.fiscal_code).toMatch(/^OFFLINE-/);
    await s.restartApp();
    expect(await s.app.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done', provisional: true });
    // Asked for by its id after the restart, never POSTed again: one shift, with the code and date kept before the first send.
    expect(posts().filter((r) => r.body.includes(kept.id)).map((r) => JSON.parse(r.body) as unknown)).toEqual([kept]);
    expect(posts()).toHaveLength(2);
    expect(s.simulator.memory.shifts.filter((sh) => sh.id === kept.id)).toHaveLength(1);
    const shift = s.simulator.memory.shifts.find((sh) => sh.id === kept.id)!;
    expect(shift).toMatchObject({ status: 'OPENED', offline: true, delivered: false, openCode: kept.fiscal_code, openedAt: kept.fiscal_date });
    expect(s.app.state.read('checkbox.offlineShiftOpening')).toBeUndefined();
    expect(await s.app.driver.shiftStatus()).toMatchObject({ kind: 'done', value: { open: true } });

    // Offline receipts in the shift: codes never the shift's, dates never before its opening.
    const sales = [await s.settled(await s.app.service.submit(cashSale(1_100), 5_000)), await s.settled(await s.app.service.submit(cashSale(1_200), 5_000))];
    expect(sales.map((e) => [e.state, e.operation])).toEqual([['done', 'sell-offline'], ['done', 'sell-offline']]);
    for (const sale of sales) {
      expect(bodyOf(sale).fiscal_code).not.toBe(kept.fiscal_code);
      expect(bodyOf(sale).fiscal_date! >= kept.fiscal_date).toBe(true);
    }
    // The opening took one code, the sales two.
    expect((await s.app.driver.offline!.status()).codes).toBe(codesBefore - 3);
    const used = s.simulator.memory.counters.offline.used;
    expect(new Set(used).size).toBe(used.length);

    expect(await s.app.driver.offline!.goOnline()).toMatchObject({ kind: 'done', value: { offline: false } });
    expect(s.simulator.memory.shifts.find((sh) => sh.id === kept.id)).toMatchObject({ delivered: true });
    expect([...s.simulator.memory.receipts.values()].filter((r) => r.offline).map((r) => r.delivered)).toEqual([true, true]);

    // Online again, the shift opened offline closes with a Z of its two offline sales.
    expect(await s.settled(await s.app.service.submit({ kind: 'closeShift', cashierName: cashier }, 5_000))).toMatchObject({ state: 'done' });
    const zReport = s.simulator.memory.reports.find((r) => r.shiftId === kept.id && r.isZ)!;
    expect(zReport.answer).toMatchObject({ sell_receipts_count: 2 });
    // The server takes an offline opening only after go-offline (SEED ~636).
    const client = new CheckboxClient({ url: s.simulator.url, licenseKey: s.simulator.service.identity.licenseKey, signIn: { pin: s.simulator.service.identity.pin } });
    const early = await client.call('POST', '/shifts', z.unknown(), { body: JSON.stringify({ id: randomUUID(), fiscal_code: 'OFFLINE-999999', fiscal_date: new Date(base).toISOString() }), license: true });
    expect(early).toMatchObject({ kind: 'refused', code: 'not_manual_offline' });
  }, 60_000);
});
