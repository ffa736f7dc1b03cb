import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import type { JournalDocumentEvent } from '../../../shared/ipc/events';
import { EventBus } from '../../app/event-bus';
import { silentLogger } from '../../app/logger';
import { closeDatabase } from '../../db/open';
import { DeviceSender } from '../../journal/sender';
import { openJournal } from '../../journal/testing/journal-db';
import { useTempDirs } from '../../testing/temp-dir';
import { noParents } from '../testing/parents';
import { cashier, cashSale, startHarness, type Harness } from './testing/harness';

const tempDir = useTempDirs();

/** The driver under the real journal and sender (SQLite on disk), polling on a short schedule of counts. */
async function setUp(polls = 3) {
  const h = await startHarness();
  expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
  const { db, journal } = openJournal(tempDir());
  const bus = new EventBus();
  const events: JournalDocumentEvent[] = [];
  bus.subscribe((message) => message.event === 'journal.document' && events.push(message.payload));
  const sender = new DeviceSender('training', h.driver, journal, bus, silentLogger, { backoffMs: [1, 2], pollMs: Array.from({ length: polls }, () => 1) });
  const submit = async (document: FiscalDocument) => {
    const uuid = randomUUID();
    const entry = journal.record({ uuid, deviceId: 'training', document, request: h.driver.build(document, uuid, noParents), total: null }, false);
    return sender.settled(entry.id);
  };
  const close = async () => {
    await sender.stop();
    closeDatabase(db);
    await h.close();
  };
  return { h, journal, events, submit, close };
}

const sellsOf = (h: Harness, uuid: string) => h.simulator.received.filter((r) => r.method === 'POST' && r.path.endsWith('/receipts/sell') && r.id === uuid);

describe('the Checkbox driver under the journal (async completion, lookup recovery)', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('2, 3: a dropped answer after the commit is settled by GET /receipts/{id}: done once, one POST on the training server', async () => {
    const s = await setUp();
    close = s.close;
    s.h.simulator.faults.next({ kind: 'dropAfterCommit' }, 'sell');
    const entry = await s.submit(cashSale(1_000));
    expect(entry).toMatchObject({ state: 'done', duplicate: true, attempts: 1, result: { documentId: entry.uuid } });
    expect(sellsOf(s.h, entry.uuid)).toHaveLength(1);
    expect(s.h.simulator.received.filter((r) => r.id === entry.uuid).map((r) => `${r.method} ${r.path.replace('/api/v1', '')}`)).toEqual(['POST /receipts/sell', `GET /receipts/${entry.uuid}`]);
    expect([...s.h.simulator.memory.receipts.values()].filter((r) => r.id === entry.uuid)).toHaveLength(1);
  });

  it('3: a dropped answer before the commit: the lookup finds nothing (404), and only then the stored bytes are POSTed again', async () => {
    const s = await setUp();
    close = s.close;
    s.h.simulator.faults.next({ kind: 'dropBeforeCommit' }, 'sell');
    const entry = await s.submit(cashSale(1_050));
    expect(entry).toMatchObject({ state: 'done', duplicate: false, attempts: 2 });
    const log = s.h.simulator.received.filter((r) => r.id === entry.uuid);
    expect(log.map((r) => `${r.method} ${r.path.replace('/api/v1', '')}`).slice(0, 3)).toEqual(['POST /receipts/sell', `GET /receipts/${entry.uuid}`, 'POST /receipts/sell']);
    expect(new Set(sellsOf(s.h, entry.uuid).map((r) => r.body)).size).toBe(1);
  });

  it('4: 201 with a null body becomes unknown, then done by the id, never a second receipt', async () => {
    const s = await setUp();
    close = s.close;
    s.h.simulator.faults.next({ kind: 'nullBody' }, 'sell');
    const entry = await s.submit(cashSale(1_100));
    expect(entry).toMatchObject({ state: 'done', duplicate: true });
    expect(s.journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
  });

  it('5: a receipt stuck in CREATED past the polls is unknown (never rejected) and settles done when the service finishes it', async () => {
    const s = await setUp(3);
    close = s.close;
    s.h.simulator.faults.next({ kind: 'stuck', polls: 5 }, 'sell');
    const entry = await s.submit(cashSale(1_200));
    // Recovery's lookups met the same receipt still CREATED and asked again, never POSTing: it was done once.
    expect(entry).toMatchObject({ state: 'done', duplicate: true, attempts: 1 });
    expect(s.journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
    expect(s.events.filter((e) => e.state === 'rejected')).toEqual([]);
    expect(sellsOf(s.h, entry.uuid)).toHaveLength(1);
  });

  it('rejects a receipt only when the tax service refuses it (ERROR), with its words', async () => {
    const s = await setUp();
    close = s.close;
    s.h.simulator.faults.next({ kind: 'receiptError', message: 'ДПС відхилила документ' }, 'sell');
    const entry = await s.submit(cashSale(1_300));
    expect(entry).toMatchObject({ state: 'rejected', errorCode: 'fiscalisation_failed', errorText: 'ДПС відхилила документ' });
  });
});
