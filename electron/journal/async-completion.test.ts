import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JournalDocumentEvent } from '../../shared/ipc/events';
import { EventBus } from '../app/event-bus';
import { silentLogger } from '../app/logger';
import { closeDatabase } from '../db/open';
import { noParents } from '../devices/testing/parents';
import { useTempDirs } from '../testing/temp-dir';
import { DocumentService } from './document-service';
import type { JournalEntry } from './journal';
import { DeviceSender } from './sender';
import { AsyncDevice, type AsyncCall, type Finish } from './testing/async-device';
import { newSale, openJournal } from './testing/journal-db';
import type { SendFault } from './testing/lookup-device';
import { resendsWithoutLookup } from './testing/resends';

const tempDir = useTempDirs();

/** A real journal on disk, a device that finishes later, and the sender polling it on a tiny schedule of `polls` steps. */
function setUp(sendFaults: SendFault[] = [], polls = 4, pollMs = 1) {
  const { db, journal } = openJournal(tempDir());
  const device = new AsyncDevice(sendFaults);
  const bus = new EventBus();
  const announced: JournalDocumentEvent[] = [];
  bus.subscribe((message) => message.event === 'journal.document' && announced.push(message.payload));
  const sender = new DeviceSender('training', device.driver, journal, bus, silentLogger, { backoffMs: [1, 2], pollMs: Array.from({ length: polls }, () => pollMs) });
  const record = (finish?: Finish, sendNow = false) => {
    const sale = newSale();
    if (finish) device.finish(sale.uuid, finish);
    return journal.record({ ...sale, request: device.driver.build(sale.document, sale.uuid, noParents) }, sendNow);
  };
  return { db, journal, device, sender, bus, announced, record };
}

function shape(calls: readonly AsyncCall[]): string[] {
  return calls.map((call) => (call.call === 'send' ? 'send' : `${call.call}:${call.answer}`));
}

describe('the journal with a device that accepts now and finishes later', () => {
  for (const [firstPollMs, expected] of [
    [1, 1],
    [5_000, 500],
  ] as const) {
    it(`waits ${expected} ms before the first poll of a device that asks for ${firstPollMs} ms: shorter, never longer than the schedule`, async () => {
      const { db, journal } = openJournal(tempDir());
      const device = new AsyncDevice([]);
      const driver = { ...device.driver, completion: { ...device.driver.completion!, firstPollMs } };
      const bus = new EventBus();
      const waits: number[] = [];
      bus.subscribe((message) => message.event === 'journal.progress' && message.payload.problem === 'pending' && waits.push(message.payload.retryInMs ?? -1));
      const sender = new DeviceSender('training', driver, journal, bus, silentLogger, { backoffMs: [1, 2] });
      const sale = newSale();
      device.finish(sale.uuid, { polls: 1, result: 'done' });
      const entry = journal.record({ ...sale, request: driver.build(sale.document, sale.uuid, noParents) }, false);
      expect(await sender.settled(entry.id)).toMatchObject({ state: 'done' });
      await sender.stop();
      expect(waits).toEqual([expected]);
      closeDatabase(db);
    });
  }

  it('keeps an accepted document sending while it polls, and settles it done once when the device finishes after k polls', async () => {
    const { db, journal, device, sender, announced, record } = setUp();
    const entry = record({ polls: 3, result: 'done' });
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled).toMatchObject({ state: 'done', duplicate: false, attempts: 1, result: { documentId: 'C-1' } });
    expect(shape(device.calls)).toEqual(['send', 'poll:pending', 'poll:pending', 'poll:found']);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    // Sending the whole time it was polled: no state between the acceptance and the result.
    expect(journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'done']);
    expect(announced.map((event) => event.state)).toEqual(['done']);
    closeDatabase(db);
  });

  it('settles a document rejected only when the device finishes it with ERROR', async () => {
    const { db, journal, device, sender, announced, record } = setUp();
    const entry = record({ polls: 2, result: 'error' });
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled).toMatchObject({ state: 'rejected', errorCode: 'ERROR', errorText: 'refused by the tax service' });
    expect(shape(device.calls)).toEqual(['send', 'poll:pending', 'poll:found']);
    expect(device.fiscalised.has(entry.uuid)).toBe(false);
    expect(journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'rejected']);
    expect(announced.map((event) => event.state)).toEqual(['rejected']);
    closeDatabase(db);
  });

  it('makes a document still pending after the last poll unknown (never rejected), then settles it by lookup without a second send', async () => {
    const { db, journal, device, sender, announced, record } = setUp([], 2);
    const entry = record({ polls: 5, result: 'done' });
    const behind = record();
    const settled = await sender.settled(behind.id);
    await sender.stop();

    expect(settled.state).toBe('done');
    expect(journal.get(entry.id)).toMatchObject({ state: 'done', duplicate: true, attempts: 1 });
    expect(journal.transitions(entry.id).map((t) => t.to)).toEqual(['pending', 'sending', 'unknown', 'sending', 'done']);
    expect(journal.get(entry.id)?.unknownReason).toBe('pending');
    // Two polls, then lookups (the device is still processing at the first two), then the next document: in journal order.
    expect(shape(device.calls)).toEqual(['send', 'poll:pending', 'poll:pending', 'lookup:failed', 'lookup:failed', 'lookup:found', 'send', 'poll:found']);
    expect(device.calls.filter((call) => call.call === 'send' && call.uuid === entry.uuid)).toHaveLength(1);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    expect(announced.map((event) => [event.uuid, event.state])).toEqual([
      [entry.uuid, 'unknown'],
      [entry.uuid, 'done'],
      [behind.uuid, 'done'],
    ]);
    closeDatabase(db);
  });

  it('looks a document up first when the answer to its create request is lost, and polls nothing it does not know was accepted', async () => {
    const { db, journal, device, sender, record } = setUp(['dropAfterCommit']);
    const entry = record({ polls: 2, result: 'done' });
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled).toMatchObject({ state: 'done', duplicate: true });
    expect(shape(device.calls)).toEqual(['send', 'lookup:failed', 'lookup:found']);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    expect(journal.get(entry.id)?.request).toBe(device.calls[0]?.call === 'send' ? device.calls[0].body : undefined);
    closeDatabase(db);
  });

  it('sends again only after a definite "not found" when the create request never reached the device', async () => {
    const { db, device, sender, record } = setUp(['dropBeforeCommit']);
    const entry = record({ polls: 1, result: 'done' });
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled.state).toBe('done');
    expect(shape(device.calls)).toEqual(['send', 'lookup:notFound', 'send', 'poll:found']);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    closeDatabase(db);
  });

  it('gives the waiting submit the document as sending, and announces its final state when the poll finishes it', async () => {
    const { db, journal, device, sender, announced } = setUp([], 2, 30);
    const service = new DocumentService(journal, 'training', device.driver, sender, () => ({ ...casposCapabilities, recovery: 'lookup', asyncCompletion: true }), () => new Date());
    const sale = newSale();
    const entry = await service.submit(sale.document, 0);
    expect(entry.state).toBe('sending');
    const settled = await sender.settled(entry.id);
    await sender.stop();

    expect(settled.state).toBe('done');
    expect(shape(device.calls)).toEqual(['send', 'poll:found']);
    expect(announced.map((event) => [event.uuid, event.state])).toEqual([[entry.uuid, 'done']]);
    closeDatabase(db);
  });

  it('leaves a document the app stopped polling unknown, and the next start settles it by lookup without sending it again', async () => {
    const { db, journal, device, sender, bus, record } = setUp([], 1, 600_000);
    const entry = record({ polls: 1, result: 'done' });
    const polling = new Promise<void>((resolve) => bus.subscribe((message) => message.event === 'journal.progress' && message.payload.problem === 'pending' && resolve()));
    sender.kick();
    await polling;
    await sender.stop();
    expect(journal.get(entry.id)).toMatchObject({ state: 'unknown', unknownReason: 'pending' });

    const restarted = new DeviceSender('training', device.driver, journal, new EventBus(), silentLogger, { backoffMs: [1], pollMs: [1] });
    const settled = await restarted.settled(entry.id);
    await restarted.stop();
    expect(settled).toMatchObject({ state: 'done', duplicate: true, attempts: 1 });
    expect(shape(device.calls)).toEqual(['send', 'lookup:found']);
    expect(device.fiscalised.get(entry.uuid)).toBe(1);
    closeDatabase(db);
  });

  it('under random finishes, lost answers and poll budgets: every document is settled exactly once, in journal order, and rejected only where the device refused it', async () => {
    let runs = 0;
    let outOfPolls = 0;
    let lookups = 0;
    let resends = 0;
    let refusals = 0;
    const finish = fc.record({ polls: fc.integer({ min: 0, max: 6 }), result: fc.constantFrom<Finish['result']>('done', 'done', 'done', 'error') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(finish, { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom<SendFault>('answer', 'answer', 'dropAfterCommit', 'dropBeforeCommit'), { maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        async (finishes, sendFaults, polls) => {
          runs += 1;
          const { db, journal, device, sender, announced, record } = setUp([...sendFaults], polls);
          const entries: JournalEntry[] = finishes.map((f) => record(f));
          const settled = await Promise.all(entries.map((entry) => sender.settled(entry.id)));
          await sender.stop();

          const refused = entries.map((entry) => device.refused.has(entry.uuid));
          expect(settled.map((entry) => entry.state)).toEqual(refused.map((r) => (r ? 'rejected' : 'done')));
          // Exactly once on the device for every document it did not refuse; never for one it refused.
          expect(entries.map((entry) => device.fiscalised.get(entry.uuid) ?? 0)).toEqual(refused.map((r) => (r ? 0 : 1)));
          expect(resendsWithoutLookup(device.calls)).toEqual([]);
          for (const call of device.calls) if (call.call === 'send') expect(call.body).toBe(journal.byUuid(call.uuid)?.request);
          const order = device.calls.map((call) => entries.findIndex((entry) => entry.uuid === call.uuid));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          // Nothing is announced rejected that the device did not refuse.
          expect(announced.filter((event) => event.state === 'rejected').map((event) => event.uuid)).toEqual(entries.filter((_, i) => refused[i]).map((entry) => entry.uuid));
          outOfPolls += entries.filter((entry) => journal.transitions(entry.id).some((t) => t.to === 'unknown') && device.calls.some((c) => c.call === 'poll' && c.uuid === entry.uuid)).length;
          lookups += device.calls.filter((call) => call.call === 'lookup').length;
          resends += device.calls.filter((call) => call.call === 'lookup' && call.answer === 'notFound').length;
          refusals += refused.filter(Boolean).length;
          closeDatabase(db);
        },
      ),
      { numRuns: 60, seed: 14 },
    );
    // The runs did reach the cases that matter.
    expect(runs).toBe(60);
    expect(outOfPolls).toBeGreaterThan(0);
    expect(lookups).toBeGreaterThan(0);
    expect(resends).toBeGreaterThan(0);
    expect(refusals).toBeGreaterThan(0);
  }, 120_000);
});
