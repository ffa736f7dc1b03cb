import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentRequest } from './mapping';
import type { Fault } from './simulator/faults';
import { freePort } from '../../testing/free-port';
import { seededRandom } from '../seeded-random';
import { FaultPlan } from './simulator/faults';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';
import { clientFor } from './testing/harness';
import { cashier, sale, tenders } from './testing/documents';
import { noParents } from '../testing/parents';

let device: CasposSimulator;

beforeAll(async () => {
  device = await startCasposSimulator();
  await clientFor(device.url).openShift(cashier, 0);
});
afterAll(async () => device.close());

const client = () => clientFor(device.url, { answerTimeoutMs: 300 });

/**
 * For each fault: the outcome the driver reports, whether the device committed the document, and
 * what a re-send of the same bytes then gives. "rejected" never appears: a lost or garbled answer
 * says nothing about the document, so only the device's own refusal may be called a rejection.
 */
describe.each([
  [{ kind: 'delay', ms: 50 }, { kind: 'done' }, true, 'duplicate'],
  [{ kind: 'delay', ms: 600 }, { kind: 'unknown', reason: 'answer_timeout', sent: true }, true, 'duplicate'],
  [{ kind: 'answerTimeout' }, { kind: 'unknown', reason: 'answer_timeout', sent: true }, true, 'duplicate'],
  [{ kind: 'dropBeforeCommit' }, { kind: 'unknown', reason: 'connection_dropped', sent: true }, false, 'fresh'],
  [{ kind: 'dropAfterCommit' }, { kind: 'unknown', reason: 'connection_dropped', sent: true }, true, 'duplicate'],
  [{ kind: 'http500' }, { kind: 'unknown', reason: 'http_status', sent: true }, false, 'fresh'],
  [{ kind: 'garbage' }, { kind: 'unknown', reason: 'not_json', sent: true }, true, 'duplicate'],
  [{ kind: 'empty' }, { kind: 'unknown', reason: 'empty_body', sent: true }, true, 'duplicate'],
] as [Fault, object, boolean, 'duplicate' | 'fresh'][])('fault %o', (fault, expected, committed, resend) => {
  it(`is reported as ${JSON.stringify(expected)}; the device ${committed ? 'has' : 'has not'} committed it; a re-send settles it`, async () => {
    const uuid = randomUUID();
    const request = buildDocumentRequest(sale({ tenders: tenders({ cash: 600 }) }), uuid, noParents);
    device.faults.next(fault);
    expect(await client().sendDocument(request)).toMatchObject(expected);
    expect(Boolean(device.memory.byUuid(uuid))).toBe(committed);

    const again = await client().sendDocument(request);
    expect(again).toMatchObject({ kind: 'done', duplicate: resend === 'duplicate' });
    expect(device.memory.all().filter((d) => d.uuid === uuid)).toHaveLength(1);
  });
});

describe('transport failures', () => {
  it('a closed port is unknown and surely not sent', async () => {
    const port = await freePort();
    const outcome = await clientFor(`http://127.0.0.1:${port}/`).getInfo();
    expect(outcome).toMatchObject({ kind: 'unknown', reason: 'connect_failed', sent: false });
  });

  it('an HTTP 500 with a device answer in the body is read by its code, not its status', async () => {
    const { createServer: createHttpServer } = await import('node:http');
    const server = createHttpServer((_req, res) => res.writeHead(500).end('{"code":"503","message":"document: invalid shift status"}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const outcome = await clientFor(`http://127.0.0.1:${port}/`).getShiftStatus();
    await new Promise((resolve) => server.close(resolve));
    expect(outcome).toMatchObject({ kind: 'rejected', error: { code: 503, group: 'shift', cashierFacing: true } });
  });
});

describe('one request at a time', () => {
  it('queues concurrent calls so the device never sees two at once', async () => {
    device.faults.next({ kind: 'delay', ms: 100 });
    const c = client();
    const started = Date.now();
    const outcomes = await Promise.all([c.getInfo(), c.getShiftStatus(), c.isConnectedPrinter()]);
    expect(outcomes.map((o) => o.kind)).toEqual(['done', 'done', 'done']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe('fault rates', () => {
  it('inject faults at the asked rate, reproducibly from a seed, only for the named operations', () => {
    const draw = (seed: number) => {
      const plan = new FaultPlan(seededRandom(seed)).setRates({ dropAfterCommit: 0.2, http500: 0.1 }, ['sale']);
      return Array.from({ length: 2000 }, (_, i) => plan.take(i % 2 === 0 ? 'sale' : 'getInfo')?.kind ?? '-');
    };
    const kinds = draw(7);
    expect(kinds).toEqual(draw(7));
    const onSales = kinds.filter((_, i) => i % 2 === 0);
    expect(kinds.filter((_, i) => i % 2 === 1).every((k) => k === '-')).toBe(true);
    const share = (kind: string) => onSales.filter((k) => k === kind).length / onSales.length;
    expect(share('dropAfterCommit')).toBeGreaterThan(0.15);
    expect(share('dropAfterCommit')).toBeLessThan(0.25);
    expect(share('http500')).toBeGreaterThan(0.06);
    expect(share('http500')).toBeLessThan(0.14);
    expect(() => new FaultPlan().setRates({ garbage: 0.7, empty: 0.5 })).toThrow(/more than 1/);
  });
});
