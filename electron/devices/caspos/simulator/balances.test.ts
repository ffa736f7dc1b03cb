import { afterAll, beforeAll, describe, it } from 'vitest';
import { creditPayLines } from '../../../../shared/flows/credit';
import type { CasposClient } from '../client';
import { clientFor, done, parentUuid, rejected, send } from '../testing/harness';
import { cashier, creditPay, line, moneyBack, prepayment, sale, tenders } from '../testing/documents';
import { startCasposSimulator, type CasposSimulator } from './server';

/**
 * The training device's rules where the Caspos document names a check but not how refunds and
 * rollbacks move a debt or an advance (balances.ts): the same rules the app's journal keeps.
 */
let simulator: CasposSimulator;
let client: CasposClient;

beforeAll(async () => {
  simulator = await startCasposSimulator();
  client = clientFor(simulator.url);
  done(await client.openShift(cashier, 0));
});
afterAll(async () => simulator.close());

const fridge = line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, itemUid: 'F' });
const bread = line({ itemUid: 'B' });
const terms = { contract: 'A1', payer: 'Rəşad Əliyev' };

describe('credit on the training device', () => {
  it('a refund cancels debt only as far as it is owed, a refunded payment is owed again, a paid-on sale cannot be rolled back', async () => {
    const parent = done(await send(client, sale({ lines: [fridge, bread], tenders: tenders({ cash: 8120, credit: 40000 }), credit: terms })));
    const pay = (amount: number, residue: number, paymentNumber: number) =>
      send(client, creditPay(parentUuid(parent), { lines: creditPayLines([fridge], amount), tenders: tenders({ cash: amount }), residue, paymentNumber }));
    const payment = done(await pay(39900, 100, 1));
    const returnBread = (credit: number) => send(client, moneyBack(parentUuid(parent), { lines: [line({ parentItemUid: 'B' })], tenders: tenders({ credit, cash: 120 - credit }) }));
    rejected(await returnBread(120), 632);
    done(await returnBread(100));
    rejected(await pay(1, 0, 2), 632);
    done(await send(client, moneyBack(parentUuid(payment), { moneyBackType: 'creditPay', lines: [line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 39900 })], tenders: tenders({ cash: 39900 }) })));
    done(await pay(39900, 0, 2));
    rejected(
      await send(client, { kind: 'rollBack', cashierName: cashier, parentUuid: parentUuid(parent), tenders: tenders({ cash: 8120, credit: 40000 }), vatAmounts: [{ vatRate: 'vat18', sum: 48120 }] }),
      638,
    );
  });
});

describe('advances on the training device', () => {
  it('a rollback or a refund of the sale gives the advance back; it pays goods at its VAT only; a refund of it takes at most its balance', async () => {
    const advance = done(await send(client, prepayment()));
    const spend = (amount: number, overrides = {}) =>
      send(client, sale({ lines: [line({ price: 600, itemUid: 'B' })], prepaymentUuid: parentUuid(advance), tenders: tenders({ prepayment: amount, cash: 600 - amount }), ...overrides }));
    rejected(await spend(300, { lines: [line({ price: 600, vatRate: 'vatFree' })] }), 632);
    const cancelled = done(await spend(300));
    done(await send(client, { kind: 'rollBack', cashierName: cashier, parentUuid: parentUuid(cancelled), tenders: tenders({ prepayment: 300, cash: 300 }), vatAmounts: [{ vatRate: 'vat18', sum: 600 }] }));
    const bought = done(await spend(600));
    done(await send(client, moneyBack(parentUuid(bought), { lines: [line({ price: 600, parentItemUid: 'B' })], tenders: tenders({ prepayment: 600 }) })));
    const refundAdvance = (sum: number) => send(client, moneyBack(parentUuid(advance), { moneyBackType: 'prepayment', lines: [line({ price: sum })], tenders: tenders({ card: sum }) }));
    done(await spend(600));
    // 100,00 less the 6,00 spent last: the rolled-back and the refunded sale took nothing.
    rejected(await refundAdvance(9401), 638);
    done(await refundAdvance(9400));
    rejected(await spend(1), 632);
  });
});
