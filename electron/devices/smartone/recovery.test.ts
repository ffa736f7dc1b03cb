import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LookupOutcome, StoredRequest } from '../driver';
import { noParents } from '../testing/parents';
import { startSmartOneSimulator, trainingMerchantId, type SmartOneSimulator } from './simulator/server';
import { cashier, cashSale } from './testing/documents';
import { done, harness, settled, type Harness } from './testing/harness';

/**
 * Recovery by lookup against the training device's staged faults (spec §3, §10 checks 5–8):
 * a lost answer is settled by /check_status on our documentExtID, and only a definite "not
 * found" sends the same bytes again.
 */
let simulator: SmartOneSimulator;
let h: Harness;

beforeEach(async () => {
  simulator = await startSmartOneSimulator({ host: '127.0.0.72' });
  h = harness(simulator.url, trainingMerchantId);
  done(await h.driver.openShift(cashier, 0));
});
afterEach(async () => simulator.close());

function lookup(request: StoredRequest): Promise<LookupOutcome> {
  const recovery = h.driver.recovery;
  if (recovery.mode !== 'lookup') throw new Error('SmartOne recovers by lookup');
  return recovery.lookup('', request);
}

/** What reached the device for this document: its route or /check_status, in order. */
function trail(request: StoredRequest): string[] {
  const { documentExtID } = JSON.parse(request.body) as { documentExtID: string };
  return simulator.received.filter((r) => r.documentExtID === documentExtID).map((r) => r.route);
}

/** The journal's rule, as electron/journal/sender.ts applies it to a lookup device: look up, and re-send only on "not found". */
async function settle(request: StoredRequest): Promise<'done' | 'rejected'> {
  let outcome = settled(await h.driver.send(request));
  for (let attempt = 0; outcome.kind === 'unknown' && attempt < 10; attempt += 1) {
    const found = await lookup(request);
    if (found.kind === 'found') return found.outcome.kind;
    if (found.kind === 'notFound') outcome = settled(await h.driver.send(request));
  }
  if (outcome.kind === 'unknown') throw new Error(`still unknown: ${outcome.reason}`);
  return outcome.kind;
}

describe('SmartOne recovery by lookup', () => {
  it('check 5: 100 sales whose answers are lost after commit: 100 documents, each lost answer looked up, none sent twice', async () => {
    simulator.faults.setRates({ dropAfterCommit: 1 }, ['sale']);
    const requests = Array.from({ length: 100 }, (_, i) => h.driver.build(cashSale(100 + i), randomUUID(), noParents));
    for (const request of requests) expect(await settle(request)).toBe('done');
    expect(simulator.memory.documents.filter((d) => d.route === 'sale')).toHaveLength(100);
    for (const request of requests) expect(trail(request)).toEqual(['sale', 'check_status']);
    expect(simulator.violations).toEqual([]);
  });

  it('the training device flags a document sent again without a lookup in between (GET /__state)', async () => {
    simulator.faults.next({ kind: 'dropBeforeCommit' }, 'sale');
    const { request } = await h.send(cashSale(310));
    done(settled(await h.driver.send(request)));
    const state = (await (await fetch(`${simulator.url}/__state`)).json()) as { violations: string[] };
    expect(state.violations).toEqual([`sale ${(JSON.parse(request.body) as { documentExtID: string }).documentExtID} sent again without a lookup`]);
  });

  it('check 6: "still processing" (44) keeps it unknown with no re-send until the lookup finds it', async () => {
    simulator.faults.next({ kind: 'dropAfterCommit' }, 'sale');
    const { request, outcome } = await h.send(cashSale(230));
    expect(outcome).toMatchObject({ kind: 'unknown', sent: true });
    simulator.device.lookupFaults.processing = 3;
    for (let i = 0; i < 3; i += 1) expect(await lookup(request)).toMatchObject({ kind: 'failed', reason: 'processing' });
    expect(await lookup(request)).toMatchObject({ kind: 'found', outcome: { kind: 'done', duplicate: true } });
    expect(trail(request)).toEqual(['sale', 'check_status', 'check_status', 'check_status', 'check_status']);
  });

  it('a document answered while still open (docStatus 0) is unknown until the lookup finds it closed', async () => {
    simulator.device.lookupFaults.openAnswers = 1;
    const { request, outcome } = await h.send(cashSale(235));
    expect(outcome).toMatchObject({ kind: 'unknown', reason: 'processing' });
    expect(await lookup(request)).toMatchObject({ kind: 'found', outcome: { kind: 'done' } });
    expect(trail(request)).toEqual(['sale', 'check_status']);
  });

  it('check 7: "not printed" (15) after commit is done with printFailed, and /check_copy prints it later', async () => {
    simulator.faults.next({ kind: 'refuseAfterCommit', code: 15, message: 'DOCUMENT_NOT_PRINTED' }, 'sale');
    const { request, outcome } = await h.send(cashSale(240));
    expect(outcome).toMatchObject({ kind: 'done', printFailed: true, duplicate: false });
    const result = done(outcome);
    expect(trail(request)).toEqual(['sale', 'check_status']);
    const copy = await h.client.call('check_copy', JSON.stringify({ documentID: result.documentNumber }));
    expect(copy).toMatchObject({ kind: 'answer', meaning: { kind: 'ok' }, json: { fiscalID: result.documentId } });
  });

  it('check 8: "not found" (9) on the lookup sends the same JSON bytes exactly once more', async () => {
    simulator.faults.next({ kind: 'dropBeforeCommit' }, 'sale');
    const { request, outcome } = await h.send(cashSale(250));
    expect(outcome).toMatchObject({ kind: 'unknown' });
    expect(await lookup(request)).toEqual({ kind: 'notFound' });
    done(settled(await h.driver.send(request)));
    expect(trail(request)).toEqual(['sale', 'check_status', 'sale']);
    expect(simulator.violations).toEqual([]);
    const sends = simulator.received.filter((r) => r.route === 'sale' && r.json === request.body);
    expect(sends).toHaveLength(2);
    expect(new Set(sends.map((r) => r.body)).size).toBe(1);
  });

  it('an internal error (5) after commit is unknown, never refused, and the lookup finds the document', async () => {
    simulator.faults.next({ kind: 'refuseAfterCommit', code: 5, message: 'internal error' }, 'deposit');
    const { request, outcome } = await h.send({ kind: 'deposit', cashierName: cashier, sum: 700 });
    expect(outcome).toMatchObject({ kind: 'unknown', reason: 'internal_error' });
    expect(await lookup(request)).toMatchObject({ kind: 'found' });
  });

  it.each(['http500', 'garbage', 'empty', 'dropBeforeCommit', 'dropAfterCommit'] as const)('%s is unknown, never refused', async (fault) => {
    simulator.faults.next({ kind: fault }, 'sale');
    expect((await h.send(cashSale(260))).outcome).toMatchObject({ kind: 'unknown' });
  });

  it('the answer timeout is unknown, and the lookup settles it', async () => {
    simulator.faults.next({ kind: 'answerTimeout' }, 'sale');
    const slow = harness(simulator.url, trainingMerchantId, 'uuid', 300);
    const { request, outcome } = await slow.send(cashSale(270));
    expect(outcome).toMatchObject({ kind: 'unknown', reason: 'answer_timeout', sent: true });
    expect(await lookup(request)).toMatchObject({ kind: 'found' });
  });

  it('a lost index (9 although committed) is re-sent, and the X report shows the double', async () => {
    simulator.device.lookupFaults.loseNextKey = true;
    simulator.faults.next({ kind: 'dropAfterCommit' }, 'sale');
    const before = done(await h.driver.xReport(cashier)).sale.count;
    const { request } = await h.send(cashSale(280));
    expect(await settle(request)).toBe('done');
    expect(done(await h.driver.xReport(cashier)).sale.count).toBe(before + 2);
  });

  it('a Z whose answer was lost is found by /check_shift, with its figures', async () => {
    done((await h.send(cashSale(290))).outcome);
    simulator.device.settings.collectCashBeforeZ = false;
    simulator.faults.next({ kind: 'dropAfterCommit' }, 'close_shift');
    const { request, outcome } = await h.send({ kind: 'closeShift', cashierName: cashier });
    expect(outcome).toMatchObject({ kind: 'unknown' });
    const found = await lookup(request);
    expect(found).toMatchObject({ kind: 'found', outcome: { kind: 'done', value: { report: { sale: { count: 1, total: 290 } } } } });
  });

  it('a Z that never happened (dropped before) is "not found" while the shift is open', async () => {
    done((await h.send(cashSale(295))).outcome);
    simulator.faults.next({ kind: 'dropBeforeCommit' }, 'close_shift');
    const { request } = await h.send({ kind: 'closeShift', cashierName: cashier });
    expect(await lookup(request)).toEqual({ kind: 'notFound' });
  });

  it('open_shift whose answer was lost is settled by /check_shift', async () => {
    simulator.device.settings.collectCashBeforeZ = false;
    done((await h.send(cashSale(300))).outcome);
    done((await h.send({ kind: 'closeShift', cashierName: cashier })).outcome);
    simulator.faults.next({ kind: 'dropAfterCommit' }, 'open_shift');
    done(await h.driver.openShift(cashier, 0));
    expect(done(await h.driver.shiftStatus()).open).toBe(true);
  });
});
