import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalDocumentEvent } from '../../shared/ipc/events';
import { createApp, type KassaApp } from '../app/create-app';
import { silentLogger } from '../app/logger';
import { closeDatabase } from '../db/open';
import { withCredentials } from '../devices/caspos/testing/wire';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { cashier, sale, tenders } from '../devices/caspos/testing/documents';
import { clientFor } from '../devices/caspos/testing/harness';
import { useTempDirs } from '../testing/temp-dir';
import { newSale, openJournal } from './testing/journal-db';

const tempDir = useTempDirs();
let device: CasposSimulator;
let app: KassaApp | undefined;

beforeEach(async () => {
  device = await startCasposSimulator();
  await clientFor(device.url).openShift(cashier, 0);
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await device.close();
});

const start = (dataDir: string) => createApp({ host: 'web', dataDir, logger: silentLogger, deviceUrl: device.url, backoffMs: [20, 40, 80] });
const credentials = { username: 'username', password: 'password' };

/** The documents the device received, as journal UUIDs in arrival order (getInfo etc. left out). */
function arrivals(): string[] {
  return device.received.flatMap((raw) => {
    const uuid = (JSON.parse(raw) as { data?: { documentUUID?: string } }).data?.documentUUID;
    return uuid ? [uuid] : [];
  });
}

describe('the sender', () => {
  it('sends in journal order, and a document without an answer holds back the ones behind it', async () => {
    app = await start(tempDir());
    const { documents, journal } = app.context;
    device.faults.next({ kind: 'dropBeforeCommit' }, 'sale').next({ kind: 'http500' }, 'sale');
    const submitted = await Promise.all([1, 2, 3].map((n) => documents!.submit(sale({ tenders: tenders({ cash: 600 + n }) }), 5_000)));
    expect(submitted.map((e) => e.state)).toEqual(['done', 'done', 'done']);
    const [first, second, third] = submitted.map((e) => e.uuid);
    expect(arrivals()).toEqual([first, first, first, second, third]);
    expect(submitted.map((e) => e.result!.documentNumber)).toEqual([...submitted.map((e) => e.result!.documentNumber)].sort((a, b) => a - b));
    expect(journal.get(submitted[0]!.id)).toMatchObject({ attempts: 3, duplicate: false });
  });

  it('re-sends the stored bytes unchanged, and the device settles it as done earlier', async () => {
    app = await start(tempDir());
    const { documents } = app.context;
    device.faults.next({ kind: 'dropAfterCommit' }, 'sale');
    const entry = await documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 5_000);
    expect(entry).toMatchObject({ state: 'done', duplicate: true, attempts: 2 });
    const sent = device.received.filter((raw) => raw.includes(entry.uuid));
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(sent[0]).toBe(withCredentials(entry.request, credentials));
    expect(device.memory.all().filter((d) => d.uuid === entry.uuid)).toHaveLength(1);
  });

  it('keeps a refused document refused; trying again is a new document with a new UUID', async () => {
    app = await start(tempDir());
    const { documents, journal } = app.context;
    const refused = await documents!.submit(sale({ tenders: tenders({ cash: 100 }) }), 5_000);
    expect(refused).toMatchObject({ state: 'rejected', errorCode: '607', errorText: 'invalid total sum' });
    const again = await documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 5_000);
    expect(again.state).toBe('done');
    expect(again.uuid).not.toBe(refused.uuid);
    expect(journal.get(refused.id)?.state).toBe('rejected');
    expect(device.memory.byUuid(refused.uuid)).toBeUndefined();
  });

  it('while the device does not answer, retries with backoff, says so, and refuses new documents', async () => {
    app = await start(tempDir());
    const { documents, bus } = app.context;
    const progress: { retryInMs?: number; problem?: string }[] = [];
    bus.subscribe((message) => message.event === 'journal.progress' && progress.push(message.payload));
    for (let i = 0; i < 4; i++) device.faults.next({ kind: 'http500' }, 'sale');
    const first = await documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 30);
    expect(['sending', 'unknown']).toContain(first.state);
    // Once the first answer failed, the document's fate is unknown; 30 ms may not be enough under load.
    await vi.waitFor(() => expect(progress.some((p) => p.retryInMs !== undefined)).toBe(true));
    await expect(documents!.submit(sale({ tenders: tenders({ cash: 600 }) }), 30)).rejects.toThrow(/not settled/);
    await app.context.sender!.settled(first.id);
    expect(progress.filter((p) => p.retryInMs !== undefined).map((p) => [p.retryInMs, p.problem])).toEqual([
      [20, 'http_status'],
      [40, 'http_status'],
      [80, 'http_status'],
      [80, 'http_status'],
    ]);
  });
});

describe('recovery at start', () => {
  it('settles documents left sending or unknown by a crash, without the cashier, and says what happened', async () => {
    const dataDir = tempDir();
    app = await start(dataDir);
    await app.close();
    app = undefined;
    // The journal as a crash left it: one document the device never got, one it did.
    const deviceId = `caspos@${new URL(device.url).host}`;
    const { db, journal } = openJournal(dataDir);
    const lost = journal.record({ ...newSale(), deviceId }, true);
    const delivered = journal.record({ ...newSale(), deviceId }, false);
    journal.markSending(delivered.id, 'send');
    closeDatabase(db);
    await clientFor(device.url).sendDocument({ operation: 'sale', body: delivered.request });

    const events: JournalDocumentEvent[] = [];
    app = await start(dataDir);
    app.context.bus.subscribe((message) => message.event === 'journal.document' && events.push(message.payload));
    const sender = app.context.sender!;
    const [a, b] = await Promise.all([sender.settled(lost.id), sender.settled(delivered.id)]);
    expect(a).toMatchObject({ state: 'done', duplicate: false, attempts: 2 });
    expect(b).toMatchObject({ state: 'done', duplicate: true, attempts: 2 });
    expect(app.context.journal.transitions(lost.id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
    expect(events.map((e) => [e.uuid, e.state, e.recovered])).toEqual([
      [lost.uuid, 'done', true],
      [delivered.uuid, 'done', true],
    ]);
    expect(device.memory.all().filter((d) => d.uuid === lost.uuid || d.uuid === delivered.uuid)).toHaveLength(2);
  });
});
