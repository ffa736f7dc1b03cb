import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreditPayDocument, FiscalDocument, SaleDocument } from '../../shared/fiscal/documents';
import type { AdvanceAccount, CreditAccount, Refundable } from '../../shared/flows/accounts';
import { creditPayDocument } from '../../shared/flows/credit';
import { moneyBackDocument } from '../../shared/flows/money-back';
import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { KassaApp } from '../app/create-app';
import { cashier, line, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

/**
 * The flows through the IPC contract, the journal and the built-in training device: what the
 * journal computes (residue, balance, what is left to refund) and what it refuses before sending.
 */
const tempDir = useTempDirs();
let app: KassaApp;

beforeAll(async () => {
  app = await startTestApp(tempDir());
  expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
});
afterAll(async () => app.close());

async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  expect(result, JSON.stringify(result).slice(0, 400)).toMatchObject({ ok: true });
  return (result as { value: T }).value;
}

async function submit(document: FiscalDocument): Promise<JournalDocumentView> {
  const view = await value<JournalDocumentView>('document.submit', { document });
  expect(view.state, JSON.stringify(view.error)).toBe('done');
  return view;
}

async function refused(document: FiscalDocument) {
  const result = await app.dispatch('document.submit', { document });
  expect(result.ok).toBe(false);
  return (result as { error: { code: string; details: unknown } }).error;
}

const terms = { contract: 'KR-2026/17', payer: 'Rəşad Əliyev' };
const fridge = line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, itemUid: 'F' });
const creditSale: SaleDocument = { kind: 'sale', cashierName: cashier, lines: [fridge], tenders: tenders({ cash: 8000, credit: 40000 }), credit: terms };

describe('credit sale and credit payments', () => {
  let sale: JournalDocumentView;
  const account = () => value<CreditAccount>('credit.account', { uuid: sale.uuid });
  const pay = async (amount: number, overrides: Partial<CreditPayDocument> = {}): Promise<CreditPayDocument> => {
    const now = await account();
    return { ...creditPayDocument({ sale: creditSale, credit: terms, parentUuid: now.uuid, figures: now, amount, tender: 'cash', cashierName: cashier }), ...overrides };
  };

  it('a sale on credit needs its contract and payer', async () => {
    expect(await refused({ ...creditSale, credit: undefined })).toEqual(expect.objectContaining({ code: 'document_invalid', details: { problem: 'creditTermsMissing' } }));
    sale = await submit(creditSale);
    expect(await account()).toMatchObject({ contract: terms.contract, payer: terms.payer, credit: 40000, paid: 0, residue: 40000, payments: 0, cancelled: false });
    expect((await value<CreditAccount[]>('credit.accounts', { query: 'rəşad kr-2026' })).map((a) => a.uuid)).toEqual([sale.uuid]);
    expect(await value<CreditAccount[]>('credit.accounts', { query: 'nobody' })).toEqual([]);
  });

  it('is paid in parts until nothing is owed; more than the residue is refused with the residue', async () => {
    await submit(await pay(15000));
    expect(await account()).toMatchObject({ paid: 15000, residue: 25000, payments: 1 });
    // A residue below zero is refused at the boundary; a caller that claims zero is refused by the journal.
    expect(await refused(await pay(25001))).toMatchObject({ code: 'invalid_input' });
    expect(await refused(await pay(25001, { residue: 0 }))).toMatchObject({ code: 'document_invalid', details: { problem: 'creditOverpaid', limit: 25000 } });
    expect(await refused(await pay(5000, { residue: 1 }))).toMatchObject({ details: { problem: 'creditResidue', limit: 20000 } });
    await submit(await pay(25000));
    expect(await account()).toMatchObject({ paid: 40000, residue: 0, payments: 2 });
    expect(await value<CreditAccount[]>('credit.accounts', {})).toEqual([]);
  });

  it('a credit payment is refunded as moneyBackType 7, and is owed again', async () => {
    const payments = (await value<JournalDocumentView[]>('journal.list', { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' })).filter((d) => d.kind === 'creditPay');
    const last = payments.at(-1)!;
    const refundable = await value<Refundable>('journal.refundable', { uuid: last.uuid });
    expect(refundable).toMatchObject({ moneyBackType: 'creditPay', cap: 25000 });
    const refund = moneyBackDocument({ parent: { uuid: last.uuid }, moneyBackType: 'creditPay', lines: refundable.lines.map((l) => l.line), returnFirst: refundable.returnFirst, toCard: false, cashierName: cashier, cashRounding: 'none' });
    expect(await refused({ ...refund, moneyBackType: 'sale' })).toMatchObject({ details: { problem: 'refundType' } });
    await submit(refund);
    expect(await account()).toMatchObject({ paid: 15000, residue: 25000 });
    expect(await refused(refund)).toMatchObject({ details: { problem: 'refundExceeded', limit: 0 } });
  });
});

describe('advances', () => {
  let advance: JournalDocumentView;
  const open = async () => (await value<AdvanceAccount[]>('advance.accounts', { query: 'Leyla' })).find((a) => a.uuid === advance.uuid);

  it('an advance without goods, then sales that spend it at its VAT, up to its balance', async () => {
    advance = await submit({ kind: 'prepayment', cashierName: cashier, sum: 10000, vatRate: 'vat18', tenders: tenders({ cash: 10000 }), client: { name: 'Leyla Həsənova' } });
    expect(await open()).toMatchObject({ sum: 10000, balance: 10000, vatRate: 'vat18', clientName: 'Leyla Həsənova' });
    const spend = (amount: number, lines = [line({ price: 3000 })]): SaleDocument => ({
      kind: 'sale',
      cashierName: cashier,
      lines,
      tenders: tenders({ prepayment: amount, cash: 3000 - amount }),
      prepaymentUuid: advance.uuid,
    });
    expect(await refused({ ...spend(1000), prepaymentUuid: undefined })).toMatchObject({ details: { problem: 'advanceMissing' } });
    expect(await refused(spend(1000, [line({ price: 3000, vatRate: 'vatFree' })]))).toMatchObject({ details: { problem: 'advanceVat', limit: 0 } });
    await submit(spend(3000));
    expect(await open()).toMatchObject({ spent: 3000, balance: 7000 });
  });

  it('an advance is refunded as moneyBackType 6, at most its balance, and then it is gone', async () => {
    const refundable = await value<Refundable>('journal.refundable', { uuid: advance.uuid });
    expect(refundable).toMatchObject({ moneyBackType: 'prepayment', cap: 7000, lines: [{ line: { name: 'Avans', price: 7000 }, remaining: 1000 }] });
    const refund = moneyBackDocument({ parent: { uuid: advance.uuid }, moneyBackType: 'prepayment', lines: [refundable.lines[0]!.line], returnFirst: refundable.returnFirst, toCard: false, cashierName: cashier, cashRounding: 'none' });
    expect(await refused({ ...refund, lines: [{ ...refund.lines[0]!, price: 7001 }], tenders: tenders({ cash: 7001 }) })).toMatchObject({ details: { problem: 'refundExceeded', limit: 7000 } });
    await submit(refund);
    expect(await open()).toBeUndefined();
  });

  it('an advance for goods has one VAT, the advance’s, and adds up to its sum', async () => {
    const lines = [line({ price: 700 }), line({ name: 'Su', price: 10, vatRate: 'vat0' })];
    expect(await refused({ kind: 'prepayment', cashierName: cashier, sum: 710, vatRate: 'vat18', lines, tenders: tenders({ cash: 710 }) })).toMatchObject({
      details: { problem: 'prepaymentLines' },
    });
    const goods = await submit({ kind: 'prepayment', cashierName: cashier, sum: 700, vatRate: 'vat18', lines: [lines[0]!], tenders: tenders({ cash: 700 }) });
    expect(await value<Refundable>('journal.refundable', { uuid: goods.uuid })).toMatchObject({ moneyBackType: 'prepayment', cap: 700, lines: [{ remaining: 1000 }] });
  });
});

describe('refunds of a sale and corrections', () => {
  it('a sale is refunded as moneyBackType 0; a cash movement is not refundable', async () => {
    const sale = await submit({ kind: 'sale', cashierName: cashier, lines: [line({ itemUid: 'B', quantity: 3000 })], tenders: tenders({ cash: 360 }) });
    const refundable = await value<Refundable>('journal.refundable', { uuid: sale.uuid });
    expect(refundable).toMatchObject({ moneyBackType: 'sale', cap: 360, card: false, lines: [{ remaining: 3000 }] });
    const deposit = await submit({ kind: 'deposit', cashierName: cashier, sum: 100 });
    expect(await app.dispatch('journal.refundable', { uuid: deposit.uuid })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a correction covers a period that ended before now and took money', async () => {
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    const correction = { kind: 'correction', cashierName: cashier, firstOperationAt: at(180), lastOperationAt: at(60), cash: 10000, card: 4500, vatRate: 'vat18' } as const;
    expect(await refused({ ...correction, lastOperationAt: at(-60) })).toMatchObject({ details: { problem: 'correctionPeriod' } });
    expect(await refused({ ...correction, cash: 0, card: 0 })).toMatchObject({ details: { problem: 'correctionEmpty' } });
    expect((await submit(correction)).total).toBe(14500);
  });
});

describe('parents by journal UUID', () => {
  const journaled = () => (app.context.db.prepare('SELECT count(*) AS n FROM journal_documents').get() as { n: number }).n;
  const deviceRequest = (uuid: string) => JSON.parse(app.context.journal.byUuid(uuid)!.request) as { data: Record<string, unknown> };
  const rollBackOf = (parentUuid: string, cash: number): FiscalDocument => ({ kind: 'rollBack', cashierName: cashier, parentUuid, tenders: tenders({ cash }), vatAmounts: [{ vatRate: 'vat18', sum: cash }] });

  it('a rollback names its sale by UUID; the device receives the sale’s own id; the sale is then cancelled', async () => {
    const sale = await submit({ kind: 'sale', cashierName: cashier, lines: [line({ price: 250, itemUid: 'R' })], tenders: tenders({ cash: 250 }) });
    const rollBack = await submit(rollBackOf(sale.uuid, 250));
    expect(rollBack.document).toMatchObject({ parentUuid: sale.uuid });
    expect(deviceRequest(rollBack.uuid).data).toMatchObject({ parentDocumentId: sale.result!.documentId });
    expect(JSON.stringify(deviceRequest(rollBack.uuid))).not.toContain(sale.uuid);
    expect(await value<Refundable>('journal.refundable', { uuid: sale.uuid })).toMatchObject({ cap: 0 });
  });

  it('refunds, credit payments and a sale spending an advance, all named by UUID above, reached the device by its own ids', async () => {
    const all = await value<JournalDocumentView[]>('journal.list', { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' });
    const children = all.flatMap((d) => {
      const doc = d.document;
      if (doc.kind === 'sale' && doc.prepaymentUuid) return [{ child: d, parentUuid: doc.prepaymentUuid, field: 'prepaymentDocumentId' }];
      if ((doc.kind === 'moneyBack' || doc.kind === 'creditPay') && doc.parentUuid) return [{ child: d, parentUuid: doc.parentUuid, field: 'parentDocumentId' }];
      return [];
    });
    expect(children.map((c) => c.child.kind).sort()).toEqual(['creditPay', 'creditPay', 'moneyBack', 'moneyBack', 'sale']);
    for (const { child, parentUuid, field } of children) expect(deviceRequest(child.uuid).data[field]).toBe(app.context.journal.byUuid(parentUuid)!.result!.documentId);
  });

  it('an unknown parent UUID, a parent the device refused, and a parent named by the device’s id are refused before anything is journaled', async () => {
    const rejected = await value<JournalDocumentView>('document.submit', { document: { kind: 'sale', cashierName: cashier, lines: [line({ price: 500 })], tenders: tenders({ cash: 100 }) } });
    expect(rejected.state).toBe('rejected');
    const done = await submit({ kind: 'sale', cashierName: cashier, lines: [line({ price: 90, itemUid: 'N' })], tenders: tenders({ cash: 90 }) });
    const before = journaled();
    expect(await refused(rollBackOf('6f1c2a9e-4b0d-4c1e-9a7b-1d2e3f405060', 90))).toMatchObject({ code: 'document_invalid', details: { problem: 'parentUnknown' } });
    expect(await refused(rollBackOf(rejected.uuid, 500))).toMatchObject({ code: 'document_invalid', details: { problem: 'parentNotDone' } });
    const byDeviceId = { kind: 'rollBack', cashierName: cashier, parentDocumentId: done.result!.documentId, tenders: tenders({ cash: 90 }), vatAmounts: [{ vatRate: 'vat18', sum: 90 }] } as FiscalDocument;
    expect(await refused(byDeviceId)).toMatchObject({ code: 'document_invalid', details: { problem: 'parentUnknown' } });
    expect(await refused({ ...rollBackOf(done.uuid, 90), parentUuid: 'not-a-uuid' } as FiscalDocument)).toMatchObject({ code: 'invalid_input' });
    expect(journaled()).toBe(before);
  });

  it('a manual refund names the device’s receipt explicitly and has no parent in the journal', async () => {
    const manual = await submit(moneyBackDocument({ parent: { manualDocumentId: 'FROM-ANOTHER-DEVICE-1' }, moneyBackType: 'sale', lines: [line({ price: 120 })], returnFirst: { credit: 0, prepayment: 0, bonus: 0 }, toCard: false, cashierName: cashier, cashRounding: 'none' }));
    expect(manual.document).toMatchObject({ manual: true, manualParentDocumentId: 'FROM-ANOTHER-DEVICE-1' });
    expect(deviceRequest(manual.uuid).data).toMatchObject({ parentDocumentId: 'FROM-ANOTHER-DEVICE-1', isManual: true });
  });
});
