import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { UnmappableError } from '../driver';
import { cardSale, cashier, cashSale, bread, refundOf, tenders } from './testing/documents';
import { bench, done, refusedWith, registerState, type Bench } from './testing/harness';

/** The spec's acceptance checks (drivers/smartx.md §10) that need only the driver and its training register. */
let b: Bench;
afterEach(async () => b?.close());

async function openBench(...args: Parameters<typeof bench>): Promise<Bench> {
  b = await bench(...args);
  expect(await b.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
  return b;
}

describe('check 1: the operation header keeps its case, on POST /v1', () => {
  it('sends INTENT_OPERATION_TYPE exactly so on every request', async () => {
    await openBench();
    done(await b.send(cashSale()));
    done(await b.driver.xReport(cashier));
    expect(b.simulator.requests.length).toBeGreaterThanOrEqual(4);
    for (const request of b.simulator.requests) expect(request).toMatchObject({ headerName: 'INTENT_OPERATION_TYPE', method: 'POST', path: '/v1' });
  });

  it('is refused by the register when a client lower-cases the name', async () => {
    await openBench({ auth: 'off' });
    const { exchange } = await import('./transport');
    const answer = await exchange(b.simulator.url, { intent_operation_type: 'OTHER_INFO' }, '', { connectMs: 3_000, answerMs: 5_000 });
    expect(answer.ok && JSON.parse(answer.body)).toMatchObject({ resultCode: 399 });
    expect(b.simulator.requests.at(-1)?.headerName).toBe('intent_operation_type');
  });
});

describe('check 6: a refusal is a refusal whatever the HTTP status', () => {
  for (const statusMode of ['mirror', 'authOnly', 'always200'] as const) {
    it(`gives rejected 400 for a sale on a closed shift with status mode ${statusMode}`, async () => {
      b = await bench({ statusMode });
      refusedWith(await b.send(cashSale()), 400);
    });
  }
});

describe('check 7: authorization', () => {
  it('after the token expires mid-shift: one AUTH, one repeat', async () => {
    await openBench();
    done(await b.send(cashSale()));
    b.simulator.register.expireTokens();
    const before = b.simulator.requests.length;
    done(await b.send(cashSale()));
    expect(b.simulator.requests.slice(before).map((request) => request.wireName)).toEqual(['SALE', 'AUTH', 'SALE']);
  });

  it('with a wrong PIN: rejected after one AUTH, and nothing else sent', async () => {
    b = await bench({}, {}, '0000');
    const outcome = await b.send(cashSale());
    refusedWith(outcome, 401);
    expect(outcome).toMatchObject({ refusal: { cashier: { action: 'smartx.errors.c401.action' } } });
    expect(b.simulator.requests.map((request) => request.wireName)).toEqual(['AUTH']);
  });

  it('works with a remembered session and with authorization off', async () => {
    for (const auth of ['remembered', 'off'] as const) {
      await openBench({ auth }, {}, auth === 'off' ? '' : undefined);
      done(await b.send(cashSale()));
      if (auth === 'off') expect(b.simulator.requests.map((request) => request.wireName)).not.toContain('AUTH');
      await b.close();
    }
  });
});

describe('check 8: a card sale charged and not finished', () => {
  it('is unknown for the cashier to finish on the register, blocks the next sale with 410, and is settled by lookup once finished', async () => {
    await openBench({ card: 'chargeThenFail' });
    const uuid = randomUUID();
    const request = b.driver.build(cardSale(), uuid, () => {
      throw new Error('no parent');
    });
    expect(await b.driver.send(request)).toMatchObject({ kind: 'unknown', reason: 'needs_cashier' });
    const next = await b.send(cashSale());
    refusedWith(next, 410);
    expect(next).toMatchObject({ refusal: { cashier: { action: 'smartx.errors.c410.action' } } });
    if (b.driver.recovery.mode !== 'lookup') throw new Error('SmartX recovers by lookup');
    expect(await b.driver.recovery.lookup(uuid, request)).toMatchObject({ kind: 'failed', reason: 'unfinished_on_register' });
    expect(b.simulator.register.finishOnRegister()).toBe(true);
    expect(await b.driver.recovery.lookup(uuid, request)).toMatchObject({ kind: 'found', outcome: { kind: 'done', duplicate: true } });
    expect((await registerState(b.simulator)).documents.filter((record) => record.type === 'Sale')).toHaveLength(1);
  });
});

describe('check 9: refunds', () => {
  it('a card refund without an RRN is refused with 418', async () => {
    await openBench();
    const uuid = randomUUID();
    const sale = cardSale();
    delete sale.cardSlip;
    done(await b.send(sale, uuid));
    refusedWith(await b.send(refundOf(uuid, [bread()], 'card')), 418);
  });

  it('a cash refund beyond the drawer\'s cash is refused', async () => {
    await openBench();
    const uuid = randomUUID();
    done(await b.send(cardSale(), uuid));
    refusedWith(await b.send(refundOf(uuid, [bread()], 'cash')), 399);
  });
});

describe('check 10: the 24-hour shift', () => {
  it('refuses a sale with 412 after 25 hours, lets the shift close, and tells when it opened', async () => {
    await openBench();
    const status = done(await b.driver.shiftStatus());
    expect(status?.openedAt).toBeDefined();
    b.simulator.advanceClock(25 * 3_600_000);
    const late = await b.send(cashSale());
    refusedWith(late, 412);
    expect(late).toMatchObject({ refusal: { cashier: { explanation: 'smartx.errors.c412.explanation' } } });
    expect(done(await b.send({ kind: 'closeShift', cashierName: cashier }))?.report?.sale.count).toBe(0);
  });
});

describe('check 11: annulment of the last receipt only', () => {
  it('refuses a rollBack of any but the last document before the journal, annuls the last, maps 411', async () => {
    await openBench();
    const first = randomUUID();
    done(await b.send(cashSale([bread(300)]), first));
    const last = randomUUID();
    done(await b.send(cashSale([bread(400)]), last));
    const rollBack = (parentUuid: string, sum: number) => ({ kind: 'rollBack' as const, cashierName: cashier, parentUuid, tenders: tenders({ cash: sum }), vatAmounts: [{ vatRate: 'vat10' as const, sum }] });
    await expect(b.send(rollBack(first, 300))).rejects.toThrow(UnmappableError);
    done(await b.send(rollBack(last, 400)));
    expect(b.simulator.requests.at(-1)?.wireName).toBe('ANNUL');
    await expect(b.send(rollBack(last, 400))).rejects.toThrow(UnmappableError);
    done(await b.send({ kind: 'deposit', cashierName: cashier, sum: 100 }));
    const { SmartXClient } = await import('./client');
    const { outcomeOf } = await import('./outcome');
    const client = new SmartXClient({ url: b.simulator.url, pin: '1234', operationNames: b.settings.operationNames });
    const refused = outcomeOf(await client.call('annul', JSON.stringify({ cashier, operationId: randomUUID() })), () => true);
    refusedWith(refused, 411);
    expect(refused).toMatchObject({ refusal: { cashier: { action: 'smartx.errors.c411.action' } } });
  });
});

describe('check 12: a print failure', () => {
  it('is done with printFailed, never rejected', async () => {
    await openBench({ printFails: true });
    expect(await b.send(cashSale())).toMatchObject({ kind: 'done', printFailed: true });
  });
});

describe('VAT by sections', () => {
  it('refuses a line whose tax group has no section in the device\'s table, before anything is sent', async () => {
    await openBench({}, { sectionVat10: '' });
    const before = b.simulator.requests.length;
    await expect(b.send(cashSale([bread()]))).rejects.toThrow(expect.objectContaining({ need: 'tax.vat10' }));
    expect(b.simulator.requests.length).toBe(before);
  });

  it('cuts the cashier\'s name to 20 characters in the stored bytes', () => {
    return openBench().then(() => {
      const request = b.driver.build(cashSale(), randomUUID(), () => {
        throw new Error('no parent');
      });
      expect(JSON.parse(request.body)).toMatchObject({ cashier: 'Анастасия Константин' });
    });
  });
});
