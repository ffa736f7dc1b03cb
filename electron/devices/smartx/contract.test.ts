import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bench, done, registerState, type Bench } from './testing/harness';
import { bread, cardSale, cashier, cashSale, cheese, refundOf, tenders } from './testing/documents';

/**
 * Check 2: every operation over HTTP against the training register, the documented ones and
 * the implied ones through the name table. With SMARTX_URL, SMARTX_PIN and SMARTX_CONTRACT=1 the
 * same calls would go to a test register; without the opt-in that is skipped with its reason.
 */
describe('SmartX contract (check 2): every operation over HTTP', () => {
  let b: Bench;
  beforeAll(async () => {
    b = await bench();
  });
  afterAll(async () => b.close());

  it('opens a shift, sells, refunds, moves cash, annuls the last receipt, reports and closes', async () => {
    expect(await b.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    expect(done(await b.driver.shiftStatus())).toMatchObject({ open: true });
    const info = done(await b.driver.info());
    expect(info).toMatchObject({ model: 'iKassa SmartX', cashRegisterFactoryNumber: '131010705', state: 'shiftOpen' });

    const saleUuid = randomUUID();
    const sale = done(await b.send(cashSale([bread(), cheese()], 1000), saleUuid));
    // 1.89 + 12.49 × 0.350 = 1.89 + 4.37 (4.3715 half up) = 6.26
    expect(sale).toMatchObject({ total: 626 });
    expect(sale.documentId).toMatch(/^[0-9A-F]{24}$/);
    done(await b.send(refundOf(saleUuid, [bread()], 'cash')));
    done(await b.send({ kind: 'deposit', cashierName: cashier, sum: 5000 }));
    done(await b.send({ kind: 'withdraw', cashierName: cashier, sum: 2000 }));
    const cardUuid = randomUUID();
    done(await b.send(cardSale([cheese(1249, 1000)]), cardUuid));
    done(await b.send(refundOf(cardUuid, [cheese(1249, 1000)], 'card')));
    const lastUuid = randomUUID();
    const last = done(await b.send(cashSale([bread(250)]), lastUuid));
    done(await b.send({ kind: 'rollBack', cashierName: cashier, parentUuid: lastUuid, tenders: tenders({ cash: 250 }), vatAmounts: [{ vatRate: 'vat10', sum: 250 }] }));

    const x = done(await b.driver.xReport(cashier));
    expect(x.sale).toMatchObject({ count: 3, total: 626 + 1249 + 250, cashless: 1249 });
    expect(x.moneyBack).toMatchObject({ count: 2, total: 189 + 1249 });
    expect(x.rollback).toMatchObject({ count: 1, total: 250 });
    expect(x.deposit).toEqual({ count: 1, total: 5000 });
    expect(x.withdraw).toEqual({ count: 1, total: 2000 });
    expect(x.sale.vat).toEqual(expect.arrayContaining([{ percent: 10, gross: 189 + 250 }, { percent: 20, gross: 437 + 1249 }]));
    expect(x.lastDocumentNumber).toBe(last.documentNumber + 1);

    const z = done(await b.driver.send(b.driver.build({ kind: 'closeShift', cashierName: cashier }, randomUUID(), () => {
      throw new Error('no parent');
    })));
    expect(z?.report?.sale.count).toBe(3);
    expect(done(await b.driver.shiftStatus())).toMatchObject({ open: false });
  });

  it('looks a document up by our UUID with OPERATION_ID in the documented shape', async () => {
    await b.driver.openShift(cashier, 0);
    const uuid = randomUUID();
    const sale = done(await b.send(cashSale(), uuid));
    const request = b.driver.build(cashSale(), uuid, () => {
      throw new Error('no parent');
    });
    if (b.driver.recovery.mode !== 'lookup') throw new Error('SmartX recovers by lookup');
    const found = await b.driver.recovery.lookup(uuid, request);
    expect(found).toMatchObject({ kind: 'found', outcome: { kind: 'done', duplicate: true, value: { documentId: sale.documentId, documentNumber: sale.documentNumber, total: 189 } } });
    expect(await b.driver.recovery.lookup(randomUUID(), request)).toEqual({ kind: 'notFound' });
  });

  it('opens the shift with a float as a DEPOSIT of its own', async () => {
    await b.send({ kind: 'closeShift', cashierName: cashier });
    expect(await b.driver.openShift(cashier, 10000)).toMatchObject({ kind: 'done' });
    expect((await registerState(b.simulator)).drawerCash).toBe(10000);
  });

  it('fiscalises a re-sent operationId again, as the register does, and lists it as a double', async () => {
    const uuid = randomUUID();
    const request = b.driver.build(cashSale([bread(777)]), uuid, () => {
      throw new Error('no parent');
    });
    const first = done(await b.driver.send(request));
    const second = done(await b.driver.send(request));
    expect(second.documentId).not.toBe(first.documentId);
    expect((await registerState(b.simulator)).doubles).toEqual([{ operationId: uuid, count: 2 }]);
  });

  it('prints the control tape on the register (CONTROL_TAPE), which answers nothing to read', async () => {
    const { SmartXClient } = await import('./client');
    const { outcomeOf } = await import('./outcome');
    const client = new SmartXClient({ url: b.simulator.url, pin: '1234', operationNames: b.settings.operationNames });
    expect(outcomeOf(await client.call('controlTape', ''), () => true)).toMatchObject({ kind: 'done' });
    expect(b.simulator.requests.at(-1)?.wireName).toBe('CONTROL_TAPE');
  });

  it('refuses what nothing we hold names, without a word to the register', async () => {
    const before = b.simulator.requests.length;
    for (const call of [b.driver.controlTape(), b.driver.printLast(), b.driver.openDrawer(), b.driver.periodicReport(new Date(), new Date())]) {
      expect(await call).toMatchObject({ kind: 'rejected', refusal: { code: 'not_offered' } });
    }
    expect(b.simulator.requests.length).toBe(before);
  });
});

describe('SmartX contract (check 2): the implied operations go by the installer\'s name table', () => {
  const names = { withdraw: 'CASH_OUT', openShift: 'SHIFT_OPEN', closeShift: 'SHIFT_CLOSE', xReport: 'REPORT_X', annul: 'CANCEL_LAST' };
  let b: Bench;
  afterEach(async () => b?.close());

  it('sends each under the name the table gives, and the register knows them by those names', async () => {
    b = await bench({ operationNames: names }, { opWithdraw: names.withdraw, opOpenShift: names.openShift, opCloseShift: names.closeShift, opXReport: names.xReport, opAnnul: names.annul });
    expect(await b.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    const uuid = randomUUID();
    done(await b.send(cashSale([bread(300)]), uuid));
    done(await b.send({ kind: 'withdraw', cashierName: cashier, sum: 100 }));
    const annulUuid = randomUUID();
    done(await b.send(cashSale([bread(300)]), annulUuid));
    done(await b.send({ kind: 'rollBack', cashierName: cashier, parentUuid: annulUuid, tenders: tenders({ cash: 300 }), vatAmounts: [{ vatRate: 'vat10', sum: 300 }] }));
    done(await b.driver.xReport(cashier));
    done(await b.send({ kind: 'closeShift', cashierName: cashier }));
    expect(b.simulator.requests.map((request) => request.wireName)).toEqual(
      expect.arrayContaining(['AUTH', 'SHIFT_OPEN', 'SALE', 'CASH_OUT', 'CANCEL_LAST', 'REPORT_X', 'SHIFT_CLOSE']),
    );
  });

  it('gets the register\'s refusal, not a guess, when the table names an operation the register does not know', async () => {
    b = await bench({ operationNames: names });
    expect(await b.driver.openShift(cashier, 0)).toMatchObject({ kind: 'rejected', refusal: { code: '399' } });
  });
});

describe('SmartX contract (check 2): figures as JSON numbers', () => {
  it('reads a register that answers numbers instead of strings', async () => {
    const b = await bench({ numbers: 'numbers' });
    try {
      await b.driver.openShift(cashier, 0);
      expect(done(await b.send(cashSale([cheese()], 500)))).toMatchObject({ total: 437 });
      expect(done(await b.driver.xReport(cashier)).sale).toMatchObject({ count: 1, total: 437, vat: [{ percent: 20, gross: 437 }] });
    } finally {
      await b.close();
    }
  });
});

describe('SmartX contract against a test register (opt-in)', () => {
  const url = process.env.SMARTX_URL;
  const optedIn = process.env.SMARTX_CONTRACT === '1' && url !== undefined && process.env.SMARTX_PIN !== undefined;
  it.skipIf(!optedIn)('reads the register\'s identity and shift through OTHER_INFO only', async () => {
    const { SmartXClient } = await import('./client');
    const { smartxDriver } = await import('./driver');
    const { settingsOf, SmartXConfig } = await import('./config');
    const settings = settingsOf(SmartXConfig.parse({ url }));
    const driver = smartxDriver(new SmartXClient({ url: settings.url, pin: process.env.SMARTX_PIN!, operationNames: settings.operationNames }), settings);
    expect(await driver.info()).toMatchObject({ kind: 'done' });
  });
  if (!optedIn) console.info('SmartX contract against a real register skipped: set SMARTX_URL, SMARTX_PIN and SMARTX_CONTRACT=1 to run it (it only reads)');
});
