import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../app/logger';
import type { KassaApp } from '../app/create-app';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { line, sale, tenders } from '../devices/caspos/testing/documents';
import { assertNoSecrets } from '../testing/assert-no-secrets';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TillOffice } from './office';
import { OfficeRequestError } from './office-transport';
import { HttpsOfficeClient } from './https-office-client';
import { TestOffice } from './testing/test-office';

const tempDir = useTempDirs();
const devicePassword = 'Pw-Sekret-7731';
const cashierPin = '48207316';
let device: CasposSimulator;
let office: TestOffice;
const apps: KassaApp[] = [];

beforeEach(async () => {
  device = await startCasposSimulator();
  office = new TestOffice();
  await office.start();
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await office.close();
  await device.close();
});

/** `background`: the app's own round pushes; otherwise it is stopped and the test pushes by hand. */
async function till(dataDir: string, background = false): Promise<{ app: KassaApp; tillOffice: TillOffice }> {
  const url = new URL(device.url);
  url.username = 'kassir';
  url.password = devicePassword;
  const app = await startTestApp(dataDir, { deviceUrl: url.toString(), officeSync: { idleMs: 50, backoffMs: [50] } });
  apps.push(app);
  if (!background) await app.context.office.stop();
  return { app, tillOffice: app.context.office };
}

async function sell(app: KassaApp, cash = 120): Promise<string> {
  const sold = await app.dispatch('document.submit', { document: sale({ lines: [line()], tenders: tenders({ cash }) }) });
  expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
  return (sold as { value: { uuid: string } }).value.uuid;
}

function outbox(app: KassaApp): { seq: number; type: string; ref: number }[] {
  return app.context.db.prepare('SELECT seq, type, ref FROM office_outbox ORDER BY seq').all() as { seq: number; type: string; ref: number }[];
}

async function joinOffice(tillOffice: TillOffice) {
  return tillOffice.join({ address: office.address, fingerprint: office.fingerprint, code: office.enrolmentCode().replace('-', ''), tillName: 'Kassa 2' });
}

async function pushAll(tillOffice: TillOffice): Promise<number> {
  let batches = 0;
  while ((await tillOffice.pusher.pushBatch()).more) batches += 1;
  return batches + 1;
}

describe('the outbox', () => {
  it('gets nothing while the till is not joined, and one row per settled document, written with the settle, once it is', async () => {
    const { app, tillOffice } = await till(tempDir());
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await sell(app);
    expect(outbox(app)).toEqual([]);

    await joinOffice(tillOffice);
    const backfilled = outbox(app).length;
    const uuid = await sell(app, 200);
    const id = (app.context.db.prepare('SELECT id FROM journal_documents WHERE uuid = ?').get(uuid) as { id: number }).id;
    expect(outbox(app).slice(backfilled)).toEqual([{ seq: backfilled + 1, type: 'document', ref: id }]);

    // The trigger's row is part of the fact's transaction: a settle rolled back leaves no outbox row.
    const db = app.context.db;
    const pending = db.prepare("SELECT id FROM journal_documents WHERE state = 'done' LIMIT 1").get() as { id: number };
    expect(() =>
      db.transaction(() => {
        db.prepare("INSERT INTO audit_log (at, action, outcome, details) VALUES ('2026-01-01T00:00:00.000Z', 'test', 'done', '{}')").run();
        throw new Error(`rolled back ${pending.id}`);
      })(),
    ).toThrow(/rolled back/);
    expect(outbox(app)).toHaveLength(backfilled + 1);
  });

  it('is backfilled at join with the history in settle order: shift opening, documents, audit', async () => {
    const { app, tillOffice } = await till(tempDir());
    expect(await app.dispatch('shift.open', { openingFloat: 500 })).toMatchObject({ ok: true });
    await sell(app);
    await sell(app, 300);
    await joinOffice(tillOffice);
    const rows = outbox(app);
    const db = app.context.db;
    const settled = db.prepare("SELECT count(*) AS n FROM journal_documents WHERE state IN ('done', 'rejected')").get() as { n: number };
    const audits = db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    expect(rows.filter((r) => r.type === 'document')).toHaveLength(settled.n);
    expect(rows.filter((r) => r.type === 'audit')).toHaveLength(audits.n);
    expect(rows.filter((r) => r.type === 'shiftOpening')).toHaveLength(1);
    const documents = rows.filter((r) => r.type === 'document').map((r) => r.ref);
    expect(documents).toEqual([...documents].sort((a, b) => a - b));
    expect(rows.findIndex((r) => r.type === 'shiftOpening')).toBeLessThan(rows.findIndex((r) => r.type === 'document' && r.ref === documents.at(-1)));
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  });
});

describe('the pusher', () => {
  it('delivers every item exactly once through a lost answer and a restart mid-backlog', async () => {
    const dataDir = tempDir();
    let { app, tillOffice } = await till(dataDir);
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await joinOffice(tillOffice);
    for (let i = 0; i < 12; i += 1) await sell(app);
    const total = outbox(app).length;
    const small = new TillOffice({ ...depsOf(app), sync: { idleMs: 3_600_000 } });
    (small.pusher as unknown as { deps: { batchSize: number } }).deps.batchSize = 5;

    // The office stores the first batch but its answer is lost: the cursor stays, the batch goes again.
    office.loseAnswers = 1;
    await expect(small.pusher.pushBatch()).rejects.toThrow(OfficeRequestError);
    expect(small.store.get()?.pushCursor).toBe(0);
    expect(small.store.get()?.lastPushError).toBe('unreachable');
    await small.pusher.pushBatch();
    expect(small.store.get()?.pushCursor).toBe(5);

    // The till stops mid-backlog and starts again on the same data folder: its background round
    // resumes after the cursor the database kept.
    await app.close();
    apps.splice(apps.indexOf(app), 1);
    ({ app, tillOffice } = await till(dataDir, true));
    await expect.poll(() => tillOffice.store.waiting(), { timeout: 20_000 }).toBe(0);

    const link = tillOffice.store.get();
    expect(link?.pushCursor).toBe(outbox(app).at(-1)?.seq);
    expect(link?.lastPushError).toBeNull();
    expect(tillOffice.store.waiting()).toBe(0);
    // What the office holds is exactly the till's history: every item once, none twice, none in conflict.
    const db = app.context.db;
    const documents = db.prepare("SELECT count(*) AS n FROM journal_documents WHERE state IN ('done', 'rejected')").get() as { n: number };
    expect(office.storedOf('document')).toBe(documents.n);
    expect(office.stored.size).toBe(outbox(app).length);
    expect(outbox(app).length).toBeGreaterThanOrEqual(total);
    expect(office.conflicts).toEqual([]);
    expect([...office.drawers.values()]).toEqual([12 * 120]);
  });

  it('notes a refusal in the office’s words, keeps the cursor, and sends the same batch when the office is back', async () => {
    const { app, tillOffice } = await till(tempDir());
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await sell(app);
    await joinOffice(tillOffice);
    const waiting = tillOffice.store.waiting();
    office.refuse = 1;
    await expect(tillOffice.pusher.pushBatch()).rejects.toMatchObject({ problem: { kind: 'office', code: 'unavailable' } });
    expect(tillOffice.store.get()).toMatchObject({ pushCursor: 0, lastPushError: 'unavailable', lastPushAt: null });
    expect(tillOffice.store.waiting()).toBe(waiting);
    expect(office.stored.size).toBe(0);
    await pushAll(tillOffice);
    expect(tillOffice.store.get()).toMatchObject({ lastPushError: null });
    expect(office.stored.size).toBe(waiting);
  });

  it('keeps a conflict for the manager and moves past it', async () => {
    const { app, tillOffice } = await till(tempDir());
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    const uuid = await sell(app);
    await sell(app, 150);
    await joinOffice(tillOffice);
    // Another till already pushed a document under this UUID.
    office.stored.set(`document:${uuid}`, { tillId: 'another till', content: '{}' });
    await pushAll(tillOffice);
    const id = (app.context.db.prepare('SELECT id FROM journal_documents WHERE uuid = ?').get(uuid) as { id: number }).id;
    expect(tillOffice.store.conflicts()).toMatchObject([{ type: 'document', ref: id }]);
    expect(tillOffice.store.waiting()).toBe(0);
    expect(office.conflicts).toHaveLength(1);
  });

  it('sends no secret: neither the device password nor a PIN is in any byte the office received', async () => {
    const { app, tillOffice } = await till(tempDir());
    expect(await app.dispatch('people.save', { name: 'Nərmin Quliyeva', role: 'cashier', pin: cashierPin, active: true })).toMatchObject({ ok: true });
    expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    await sell(app);
    await joinOffice(tillOffice);
    await pushAll(tillOffice);
    await tillOffice.puller.pullPage();
    expect(office.received.length).toBeGreaterThanOrEqual(3);
    // The device got the password (so it was there to leak); the office got none of it.
    const sealed = app.context.db.prepare('SELECT count(*) AS n FROM device_secrets').get() as { n: number };
    expect(sealed.n).toBeGreaterThan(0);
    const dump = join(tempDir(), 'office');
    mkdirSync(dump);
    office.received.forEach((body, i) => writeFileSync(join(dump, `request-${i}.json`), body));
    // The test manager's 4-digit PIN is left out of the scan: four digits turn up by chance in
    // timestamps and UUIDs. The cashier's 8-digit PIN stands for both.
    expect(assertNoSecrets(dump, [devicePassword, cashierPin])).toHaveLength(office.received.length);
    // Nor is the office's token kept in the database in plain.
    const token = tillOffice.store.token() ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    const dbDump = join(tempDir(), 'db');
    mkdirSync(dbDump);
    app.context.db.pragma('wal_checkpoint(TRUNCATE)');
    writeFileSync(join(dbDump, 'kassa.sqlite3'), app.context.db.serialize());
    expect(assertNoSecrets(dbDump, [token])).toEqual(['kassa.sqlite3']);
  });
});

describe('the office client', () => {
  it('refuses an office presenting another certificate before the token is written', async () => {
    const other = new TestOffice();
    await other.start();
    try {
      const client = new HttpsOfficeClient({ address: other.address, fingerprint: office.fingerprint });
      await expect(client.push('a-token-that-must-not-travel-0123456789', { drawers: [], items: [] })).rejects.toMatchObject({ problem: { kind: 'certificateChanged', presented: other.fingerprint } });
      expect(other.received).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('is refused with a wrong token, in the office’s own words', async () => {
    const client = new HttpsOfficeClient({ address: office.address, fingerprint: office.fingerprint });
    await expect(client.catalogue('x'.repeat(40), 0, 10)).rejects.toMatchObject({ problem: { kind: 'office', code: 'unauthorized' } });
  });
});

function depsOf(app: KassaApp) {
  const { db, journal, secrets, now } = app.context;
  return { db, journal, secrets, now, logger: silentLogger, appVersion: '0.1.0-test' };
}
