import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../../shared/fiscal/device-results';
import { linesTotal } from '../../../shared/fiscal/receipt-math';
import type { ShiftReport } from '../../../shared/fiscal/shift-report';
import type { CasposClient } from './client';
import { buildDocumentRequest } from './mapping';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';
import { noParents } from '../testing/parents';
import { rollBackOf } from '../../journal/rollback-of';
import { clientFor, done, parentUuid, phantomParent, rejected, send, sendRaw } from './testing/harness';
import { DeviceChoices } from './testing/choices';
import { cashier, creditPay, line, manualMoneyBack, moneyBack, prepayment, sale, tenders } from './testing/documents';

/**
 * Every operation of the Caspos document, and every check the training device makes, over real
 * HTTP. CASPOS_URL points the same suite at another device (a test device only: it fiscalises);
 * the parts that need the training device's clock or memory are then skipped, saying why.
 * What the document states is asserted on every device; what the training device chose where
 * the document is silent (`choices`) is held on it and only reported against another device.
 */
const externalUrl = process.env.CASPOS_URL;
if (externalUrl) console.log(`[caspos contract] against ${externalUrl}: clock, memory and fault checks are skipped (they need the training device)`);
const choices = new DeviceChoices(Boolean(externalUrl));

let simulator: CasposSimulator | undefined;
let client: CasposClient;
let clock = new Date('2026-11-23T06:00:00Z');

beforeAll(async () => {
  if (!externalUrl) simulator = await startCasposSimulator({ now: () => clock });
  client = clientFor(externalUrl ?? simulator!.url);
});
afterAll(async () => {
  await simulator?.close();
  const report = choices.report();
  if (report) console.log(`[caspos contract] ${report}`);
});

const onTrainingDevice = it.skipIf(Boolean(externalUrl));

describe('Caspos contract', () => {
  let firstSale: DocumentResult;
  let creditSale: DocumentResult;
  let creditPayment: DocumentResult;
  let advance: DocumentResult;
  let rollbackTarget: DocumentResult;

  it('getInfo, isConnectedPrinter and openCashbox answer', async () => {
    const info = done(await client.getInfo());
    expect(info.model).toBeTruthy();
    expect(info.cashboxFactoryNumber).toBeTruthy();
    expect(info.qrCodeUrl).toMatch(/^https:\/\//);
    done(await client.isConnectedPrinter());
    done(await client.openCashbox());
  });

  it('closes a shift left open by an earlier run, then refuses documents without a shift (503)', async () => {
    if (done(await client.getShiftStatus()).open) await send(client, { kind: 'closeShift', cashierName: cashier });
    expect(done(await client.getShiftStatus())).toEqual({ open: false, openedAt: undefined });
    rejected(await send(client, sale()), 503);
    rejected(await send(client, { kind: 'closeShift', cashierName: cashier }), 503);
    rejected(await client.getXReport(cashier), 503);
  });

  it('openShift opens with an opening float, and a second openShift is refused', async () => {
    done(await client.openShift(cashier, 1000));
    const status = done(await client.getShiftStatus());
    expect(status.open).toBe(true);
    expect(Date.parse(status.openedAt!)).toBeGreaterThan(0);
    // The document: "If a shift is already open, the API will return an error message": no code.
    choices.refusal('a second openShift', await client.openShift(cashier, 0), 503, 'refuses');
  });

  it('deposit and withDraw are documents with ids and numbers', async () => {
    const deposit = done(await send(client, { kind: 'deposit', cashierName: cashier, sum: 5000 }));
    expect(deposit.documentId).toHaveLength(44);
    expect(deposit.shortDocumentId).toBe(deposit.documentId.slice(0, 12));
    const withdraw = done(await send(client, { kind: 'withdraw', cashierName: cashier, sum: 2000 }));
    expect(withdraw.documentNumber).toBe(deposit.documentNumber + 1);
    expect(withdraw.shiftDocumentNumber).toBe(deposit.shiftDocumentNumber! + 1);
  });

  it('sale: cash and card with change from cash; the total is ours to the qəpik', async () => {
    const doc = sale({ tenders: tenders({ cash: 500, card: 200 }), cardSlip: { rrn: '420012558257', approvalCode: '537959' } });
    firstSale = done(await send(client, doc));
    expect(firstSale.total).toBe(linesTotal(doc.lines));
    expect(firstSale.barcode).toMatch(/^\d{6}\w+\d+$/);
    expect(firstSale.rrn).toBe('420012558257');
  });

  it('the same documentUUID and bytes again: the earlier result, flagged duplicate (code 1)', async () => {
    const request = buildDocumentRequest(sale({ tenders: tenders({ cash: 600 }) }), randomUUID(), noParents);
    const first = done(await client.sendDocument(request));
    const again = await client.sendDocument(request);
    expect(again).toMatchObject({ kind: 'done', duplicate: true, value: { documentId: first.documentId, documentNumber: first.documentNumber } });
  });

  it('credit sale, then a credit payment with the residue', async () => {
    const doc = sale({
      lines: [line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, discount: 2000 })],
      tenders: tenders({ card: 6000, credit: 40000 }),
      credit: { contract: 'A1', payer: 'Rəşad Əliyev' },
    });
    creditSale = done(await send(client, doc));
    rejected(await send(client, creditPay(parentUuid(creditSale), { residue: 1 })), 634);
    creditPayment = done(await send(client, creditPay(parentUuid(creditSale))));
    done(await send(client, creditPay(parentUuid(creditSale), { paymentNumber: 2, residue: 24000 })));
  });

  it('prepayment, prepaymentProducts, and a sale paid partly from the advance', async () => {
    advance = done(await send(client, prepayment()));
    done(await send(client, prepayment({ sum: 710, lines: [line({ price: 710 })], tenders: tenders({ cash: 710 }), cardSlip: undefined })));
    // Goods at the advance's VAT: it pays nothing else (the document: "within the same VAT position").
    done(await send(client, sale({ lines: [line({ price: 600 })], prepaymentUuid: parentUuid(advance), tenders: tenders({ prepayment: 300, cash: 300 }) })));
  });

  it('moneyBack of a sale (type 0), of an advance (6) and of a credit payment (7), and a manual one', async () => {
    done(await send(client, moneyBack(parentUuid(firstSale))));
    done(await send(client, moneyBack(parentUuid(advance), { moneyBackType: 'prepayment', lines: [line({ price: 5000 })], tenders: tenders({ cash: 5000 }) })));
    done(await send(client, moneyBack(parentUuid(creditPayment), { moneyBackType: 'creditPay', lines: [line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 8000 })], tenders: tenders({ cash: 8000 }) })));
    done(await send(client, manualMoneyBack('FROM-ANOTHER-DEVICE-7e1d')));
  });

  it('refunds are limited to what was sold and not yet returned (641, 638) and to the parent’s kind (633)', async () => {
    // firstSale had one bread (L1), and one was returned above.
    rejected(await send(client, moneyBack(parentUuid(firstSale))), 641);
    rejected(await send(client, moneyBack(parentUuid(firstSale), { lines: [line({ parentItemUid: 'L1', quantity: 5000 })], tenders: tenders({ cash: 600 }) })), 638);
    rejected(await send(client, moneyBack(parentUuid(firstSale), { moneyBackType: 'prepayment' })), 633);
    rejected(await send(client, moneyBack(phantomParent('NO-SUCH-DOCUMENT-000000000000000000000000000'))), 628);
  });

  it('correction for a period the device was down', async () => {
    const doc = { kind: 'correction', cashierName: cashier, firstOperationAt: '2026-11-22T07:00:00Z', lastOperationAt: '2026-11-22T09:30:00Z', cash: 10000, card: 4500, vatRate: 'vat18' } as const;
    expect(done(await send(client, doc)).total).toBe(14500);
  });

  it('rollBack cancels a sale of this shift once, for its whole amount (638, 639)', async () => {
    const doc = sale({ lines: [line({ price: 70 })], tenders: tenders({ cash: 70 }) });
    rollbackTarget = done(await send(client, doc));
    const rollBack = (sum: number) =>
      send(client, { kind: 'rollBack', cashierName: cashier, parentUuid: parentUuid(rollbackTarget), tenders: tenders({ cash: sum }), vatAmounts: [{ vatRate: 'vat18', sum }] });
    rejected(await rollBack(60), 638);
    done(await rollBack(70));
    rejected(await rollBack(70), 639);
    choices.refusal(
      'a rollback of a parent the device does not know (627 reads "sale doc for rollback cannot be found", 628 "wrong parent doc")',
      await send(client, { kind: 'rollBack', cashierName: cashier, parentUuid: phantomParent('NO-SUCH-DOCUMENT'), tenders: tenders({ cash: 70 }), vatAmounts: [{ vatRate: 'vat18', sum: 70 }] }),
      628,
      'refuses',
    );
    const refunded = (total: number) => ({ kind: 'rollBack' as const, cashierName: cashier, parentUuid: parentUuid(firstSale), tenders: tenders({ cash: total }), vatAmounts: [{ vatRate: 'vat18' as const, sum: total }] });
    // firstSale had a refund: it cannot be cancelled whole any more.
    choices.refusal('a rollback of a sale partly refunded', await send(client, refunded(firstSale.total!)), 638, 'silent');
    const another = done(await send(client, doc));
    rejected(
      await sendRaw(client, 'rollBack', {
        data: {
          documentUUID: randomUUID(),
          parentDocumentId: another.documentId,
          sum: another.total! / 100,
          cashPayment: another.total! / 100,
          cardPayment: 0,
          vatAmounts: [{ vatType: 1, vatSum: 1.2 }],
        },
        cashierName: cashier,
        currency: 'AZN',
      }),
      613,
    );
  });

  it('rollBack of a mixed-VAT receipt with a discount, built from its parent as the main process builds it; VAT groups not the parent’s are refused (613)', async () => {
    const mixed = sale({
      lines: [
        line({ name: 'Çörək', quantity: 3000, price: 70, discount: 30, vatRate: 'vat18', itemUid: 'L1' }),
        line({ name: 'Pomidor', code: '2000000000022', codeType: 'plain', unit: 'kg', quantity: 1250, price: 349, vatRate: 'vatFree', itemUid: 'L2' }),
      ],
      tenders: tenders({ cash: 1000, card: 200 }),
      cardSlip: { rrn: '420012558259' },
    });
    const parent = done(await send(client, mixed));
    const built = rollBackOf(mixed, parentUuid(parent), cashier);
    expect(built.vatAmounts).toEqual([
      { vatRate: 'vat18', sum: 180 },
      { vatRate: 'vatFree', sum: 436 },
    ]);
    // The whole sum at one rate, as the suite's rollbacks once were: the groups are not the parent's.
    const oneRate = await send(client, { ...built, vatAmounts: [{ vatRate: 'vat18', sum: 616 }] });
    choices.refusal('a rollback whose VAT groups are not the parent’s (its sum is right)', oneRate, 613, 'silent');
    if (oneRate.kind !== 'done') expect(done(await send(client, built)).total).toBe(616);
  });

  it.each([
    ['610: no items', () => send(client, sale({ lines: [] })), 610],
    ['607: payments below the total', () => send(client, sale({ tenders: tenders({ cash: 100 }) })), 607],
    ['629: change would come from the card', () => send(client, sale({ tenders: tenders({ card: 5000 }) })), 629],
    ['648: RRN without card money', () => send(client, sale({ cardSlip: { rrn: '420012558257' } })), 648],
    ['628: credit payment of an unknown sale', () => send(client, creditPay(phantomParent('NO-SUCH-CREDIT-SALE'))), 628],
    ['628: advance pay of an unknown advance', () => send(client, sale({ prepaymentUuid: phantomParent('NO-SUCH-ADVANCE'), tenders: tenders({ prepayment: 300, cash: 200 }) })), 628],
  ] as const)('refuses %s', async (_name, attempt, code) => {
    rejected(await attempt(), code);
  });

  // The document names these codes but not the rule: no minimum price, no marking code length, no RRN length.
  it.each([
    ['a sale of items worth nothing', () => send(client, sale({ lines: [line({ price: 0 })] })), 611],
    ['a marking code of 3 characters', () => send(client, sale({ lines: [line({ markingCodes: ['abc'] })], tenders: tenders({ cash: 120 }) })), 622],
    ['an RRN of 5 characters', () => send(client, sale({ tenders: tenders({ card: 200, cash: 400 }), cardSlip: { rrn: '12345' } })), 646],
  ] as const)('the training device refuses %s (a choice where the document is silent)', async (name, attempt, code) => {
    choices.refusal(name, await attempt(), code, 'silent');
  });

  it.each([
    ['616: a VAT type the device does not know', { vatType: 4 }, 616],
    ['614: a line sum that is not quantity × price − discount', { sum: 9.99 }, 614],
    ['612: an unknown code type', { codeType: 9 }, 612],
  ] as const)('refuses %s', async (_name, itemChange, code) => {
    const item = { name: 'Su', code: '1', quantity: 1, salePrice: 1.2, codeType: 2, quantityType: 0, vatType: 1, sum: 1.2, ...itemChange };
    rejected(await sendRaw(client, 'sale', { data: { documentUUID: randomUUID(), cashPayment: 1.2, cardPayment: 0, items: [item], cashierName: cashier, currency: 'AZN' } }), code);
  });

  it('X report: counts and sums per tender and VAT that match what was sent', async () => {
    const x: ShiftReport = done(await client.getXReport(cashier));
    // The 50.00 deposit document; the 10.00 opening float as a second deposit is the training device's choice.
    expect(x.deposit.count).toBeGreaterThanOrEqual(1);
    choices.figure('the opening float as a deposit (X report cash-in)', x.deposit, { count: 2, total: 6000 });
    expect(x.withdraw).toEqual({ count: 1, total: 2000 });
    const { count, total, cash, cashless } = x.rollback;
    choices.figure('rollbacks in the X report (follow from the rollback choices above)', { count, total, cash, cashless }, { count: 2, total: 70 + 616, cash: 70 + 416, cashless: 200 });
    expect(x.correction).toMatchObject({ count: 1, total: 14500, cash: 10000, cashless: 4500 });
    expect(x.creditPay).toMatchObject({ count: 2, total: 16000 });
    expect(x.prepayment).toMatchObject({ count: 2, total: 10710, cashless: 10000, cash: 710 });
    expect(x.moneyBack.count).toBe(4);
    expect(x.sale.credit).toBe(40000);
    expect(x.sale.prepayment).toBe(300);
    expect(x.sale.total).toBe(x.sale.cash + x.sale.cashless + x.sale.bonus + x.sale.credit + x.sale.prepayment);
    expect(x.sale.vat.reduce((sum, v) => sum + v.gross, 0)).toBe(x.sale.total);
    expect(x.period.total).toBe(x.period.vatable + x.period.vatZero + x.period.vatFree);
  });

  it('control tape lists the shift’s documents, printLastCheque reprints, the periodic report covers the day', async () => {
    const tape = done(await client.getControlTape());
    expect(tape.entries.map((e) => e.type)).toEqual(expect.arrayContaining(['deposit', 'withdraw', 'sale', 'money_back', 'credit', 'prepayment', 'correction', 'rollback']));
    expect(tape.entries.find((e) => e.documentId === firstSale.documentId)).toMatchObject({ type: 'sale', total: firstSale.total });
    done(await client.printLastCheque());
    // The range comes from the device under test's own clock: the shift's opening and its X report.
    const opened = Date.parse(done(await client.getShiftStatus()).openedAt!);
    const now = Date.parse(done(await client.getXReport(cashier)).createdAt ?? new Date(opened).toISOString());
    const periodic = done(await client.getPeriodicZReport(new Date(opened - 60 * 60 * 1000), new Date(now + 60 * 60 * 1000)));
    expect(periodic.figures.cashInCount).toBeGreaterThanOrEqual(1);
    choices.figure('the opening float as a deposit (periodic cash-in count)', periodic.figures.cashInCount, 2);
    choices.figure('rollbacks in the periodic report', periodic.figures.cancellationCount, 2);
  });

  it('closeShift (Z report) carries a documentUUID like any document', async () => {
    const request = buildDocumentRequest({ kind: 'closeShift', cashierName: cashier }, randomUUID(), noParents);
    const z = done(await client.sendDocument(request));
    expect(z.documentId).toHaveLength(44);
    choices.figure('the opening float as a deposit (Z report cash-in)', z.report?.deposit, { count: 2, total: 6000 });
    expect(z.documentNumber).toBe(Number(z.report?.reportNumber));
    expect(await client.sendDocument(request)).toMatchObject({ kind: 'done', duplicate: true, value: { documentId: z.documentId } });
    expect(done(await client.getShiftStatus()).open).toBe(false);
  });

  it('rollBack only within the current shift (627)', async () => {
    done(await client.openShift(cashier, 0));
    const total = firstSale.total!;
    rejected(
      await send(client, { kind: 'rollBack', cashierName: cashier, parentUuid: parentUuid(firstSale), tenders: tenders({ cash: total }), vatAmounts: [{ vatRate: 'vat18', sum: total }] }),
      627,
    );
  });

  onTrainingDevice('a shift older than 24 hours refuses documents (504) until the Z report', async () => {
    clock = new Date(clock.getTime() + 25 * 60 * 60 * 1000);
    rejected(await send(client, sale()), 504);
    done(await send(client, { kind: 'closeShift', cashierName: cashier }));
    done(await client.openShift(cashier, 0));
    done(await send(client, sale()));
  });

  onTrainingDevice('a device offline too long refuses documents (604)', () =>
    withSettings({ offlineTooLong: true }, async () => rejected(await send(client, sale()), 604)),
  );

  onTrainingDevice('a missing printer is reported', () =>
    withSettings({ printerConnected: false }, async () => {
      expect(await client.isConnectedPrinter()).toMatchObject({ kind: 'rejected', error: { code: 999 } });
    }),
  );

  onTrainingDevice('the integration service switched off refuses everything (403)', () =>
    withSettings({ integrationEnabled: false }, async () => rejected(await client.getInfo(), 403)),
  );
});

async function withSettings(settings: Partial<CasposSimulator['device']['settings']>, work: () => Promise<void>) {
  const before = { ...simulator!.device.settings };
  Object.assign(simulator!.device.settings, settings);
  try {
    await work();
  } finally {
    Object.assign(simulator!.device.settings, before);
  }
}

describe.skipIf(Boolean(externalUrl))('Caspos sessions (training device)', () => {
  it('logs in before the first call, and a wrong PIN is refused (404) until the device locks (405)', async () => {
    const device = await startCasposSimulator({ settings: { auth: 'session', username: 'kassir', password: 'password4521' } });
    try {
      const good = clientFor(device.url, { auth: 'session', credentials: { username: 'kassir', password: 'password4521' } });
      expect(done(await good.getInfo()).model).toBeTruthy();
      done(await good.logout());
      // The next call logs in again by itself.
      expect(done(await good.getShiftStatus())).toEqual({ open: false, openedAt: undefined });

      const bad = clientFor(device.url, { auth: 'session', credentials: { username: 'kassir', password: 'password0000' } });
      rejected(await bad.getInfo(), 404);
      rejected(await bad.login(), 404);
      rejected(await bad.login(), 405);
      rejected(await good.login(), 405);
    } finally {
      await device.close();
    }
  });

  it('a call without a session is refused (401), and the client logs in again after it', async () => {
    const device = await startCasposSimulator({ settings: { auth: 'session', username: 'kassir', password: 'p' } });
    try {
      const plain = clientFor(device.url, { auth: 'integration', credentials: { username: 'kassir', password: 'p' } });
      rejected(await plain.getInfo(), 401);
      const session = clientFor(device.url, { auth: 'session', credentials: { username: 'kassir', password: 'p' } });
      done(await session.getInfo());
      device.memory.saveState({ ...device.memory.state(), loggedIn: false });
      rejected(await session.getInfo(), 401);
      done(await session.getInfo());
    } finally {
      await device.close();
    }
  });
});
