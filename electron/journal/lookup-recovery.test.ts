import { noParents } from '../devices/testing/parents';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalDocumentEvent } from '../../shared/ipc/events';
import { EventBus } from '../app/event-bus';
import { silentLogger } from '../app/logger';
import { closeDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import type { JournalEntry } from './journal';
import { DeviceSender } from './sender';
import { newSale, openJournal } from './testing/journal-db';
import { LookupDevice, type LookupFault, type SendFault } from './testing/lookup-device';
import { resendsWithoutLookup } from './testing/resends';

const tempDir = useTempDirs();

/** A real journal on disk, a lookup device with scripted faults, and the sender between them. */
function setUp(sendFaults: SendFault[] = [], lookupFaults: LookupFault[] = []) {
  const { db, journal } = openJournal(tempDir());
  const device = new LookupDevice(sendFaults, lookupFaults);
  const bus = new EventBus();
  const announced: JournalDocumentEvent[] = [];
  bus.subscribe((message) => message.event === 'journal.document' && announced.push(message.payload));
  const sender = new DeviceSender('training', device.driver, journal, bus, silentLogger, { backoffMs: [1, 2] });
  const record = (sendNow = false) => {
    const sale = newSale();
    return journal.record({ ...sale, request: device.driver.build(sale.document, sale.uuid, noParents) }, sendNow);
  };
  return { db, journal, device, sender, announced, record };
}

describe('the journal recovering by lookup (a device that does not de-duplicate)', () => {
  it('asks by UUID before every re-send, never re-sends after a failed lookup, and settles every sale exactly once, in journal order', async () => {
    let runs = 0;
    let resends = 0;
    let failedLookups = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.constantFrom<SendFault>('answer', 'answer', 'dropAfterCommit', 'dropBeforeCommit'), { maxLength: 30 }),
        fc.array(fc.constantFrom<LookupFault>('answer', 'fail', 'fail'), { maxLength: 30 }),
        async (count, sendFaults, lookupFaults) => {
          runs += 1;
          const { db, journal, device, sender, announced, record } = setUp(sendFaults, lookupFaults);
          const entries: JournalEntry[] = Array.from({ length: count }, () => record());
          const settled = await Promise.all(entries.map((entry) => sender.settled(entry.id)));
          await sender.stop();

          expect(settled.map((entry) => entry.state)).toEqual(entries.map(() => 'done'));
          // Exactly once on the device: a re-send there would have sold it twice.
          expect(entries.map((entry) => device.fiscalised.get(entry.uuid))).toEqual(entries.map(() => 1));
          expect(resendsWithoutLookup(device.calls)).toEqual([]);
          // The stored bytes go out unchanged every time.
          for (const call of device.calls) if (call.call === 'send') expect(call.body).toBe(journal.byUuid(call.uuid)?.request);
          // Strictly in journal order: no document is touched before the ones ahead of it are settled.
          const order = device.calls.map((call) => entries.findIndex((entry) => entry.uuid === call.uuid));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          // Unknown is never told as a refusal.
          expect(announced.filter((event) => event.state === 'rejected')).toEqual([]);
          resends += device.calls.filter((call, i) => call.call === 'send' && device.calls.slice(0, i).some((c) => c.call === 'send' && c.uuid === call.uuid)).length;
          failedLookups += device.calls.filter((call) => call.call === 'lookup' && call.answer === 'failed').length;
          closeDatabase(db);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
    // The runs did reach the cases that matter.
    expect(runs).toBe(60);
    expect(resends).toBeGreaterThan(0);
    expect(failedLookups).toBeGreaterThan(0);
  }, 120_000);

  it('settles a document interrupted after the device kept it by the lookup alone, as done before, with nothing sent again', async () => {
    const { db, journal, device, sender, record } = setUp();
    const entry = record(true);
    device.keep(entry.uuid);
    expect(journal.markInterrupted()).toBe(1);

    const settled = await sender.settled(entry.id);
    await sender.stop();
    expect(settled).toMatchObject({ state: 'done', duplicate: true, attempts: 1 });
    expect(device.calls).toEqual([{ call: 'lookup', uuid: entry.uuid, answer: 'found' }]);
    expect(journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
    closeDatabase(db);
  });

  it('keeps a document unknown while its lookups fail, records each failed lookup, and sends it again only after "not found"', async () => {
    const { db, journal, device, sender, record } = setUp(['dropBeforeCommit'], ['fail', 'fail', 'fail']);
    const entry = record();
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled.state).toBe('done');
    expect(device.calls.map((call) => (call.call === 'send' ? 'send' : `lookup:${call.answer}`))).toEqual([
      'send',
      'lookup:failed',
      'lookup:failed',
      'lookup:failed',
      'lookup:notFound',
      'send',
    ]);
    expect(journal.doneEvents('training', 'lookup', '0', '9')).toEqual([]);
    const failed = db.prepare("SELECT count(*) FROM journal_events WHERE kind = 'lookup' AND outcome = 'unknown'").pluck().get();
    expect(failed).toBe(3);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    closeDatabase(db);
  });
});
