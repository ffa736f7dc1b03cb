import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casposCapabilities } from '../../shared/devices/caspos/capabilities';
import { allDeviceFeatures } from '../../shared/devices/device-features';
import type { FiscalDocument, SaleDocument } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { KassaApp } from '../app/create-app';
import { cashier, line, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

/**
 * A shop without a drawer, rollback and credit, through the real dispatcher, journal and training
 * device: the status says so, and every call for them is refused with `not_supported` before
 * the journal stores a document or an event, and before the device hears of it.
 */
const tempDir = useTempDirs();
let app: KassaApp;
const narrowed = { cashDrawer: false, credit: false, rollBack: false, bonus: true };
const terms = { contract: 'KR-2026/21', payer: 'Rəşad Əliyev' };
const fridge = line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, itemUid: 'F' });
const creditSale: SaleDocument = { kind: 'sale', cashierName: cashier, lines: [fridge], tenders: tenders({ cash: 8000, credit: 40000 }), credit: terms };
const cashSale: SaleDocument = { kind: 'sale', cashierName: cashier, lines: [fridge], tenders: tenders({ cash: 48000 }) };

function journaled(): { documents: number; events: number } {
  return app.context.db.prepare('SELECT (SELECT count(*) FROM journal_documents) AS documents, (SELECT count(*) FROM journal_events) AS events').get() as {
    documents: number;
    events: number;
  };
}

async function refusedFor(channel: string, input: unknown, capability: string) {
  const before = journaled();
  const result = await app.dispatch(channel, input);
  expect(result).toMatchObject({ ok: false, error: { code: 'not_supported', details: { capability } } });
  expect((result as { error: { details: unknown } }).error.details).toEqual({ capability });
  expect(journaled()).toEqual(before);
}

beforeAll(async () => {
  app = await startTestApp(tempDir());
  expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
});
afterAll(async () => app.close());

describe('a device whose shop has no drawer, no rollback and no credit', () => {
  let sale: JournalDocumentView;

  beforeAll(async () => {
    const sold = await app.dispatch('document.submit', { document: cashSale });
    expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
    sale = (sold as { value: JournalDocumentView }).value;
    expect(await app.dispatch('devices.setFeatures', { id: 'training', features: narrowed })).toMatchObject({ ok: true, value: { id: 'training', features: narrowed } });
  });

  it('says so in its status, at once and after a restart of the driver', async () => {
    const status = await app.dispatch('device.getStatus', {});
    expect(status).toMatchObject({ ok: true, value: { capabilities: { cashDrawer: false, tenders: ['cash', 'card', 'bonus', 'prepayment'], refundTypes: ['sale', 'prepayment'] } } });
    const capabilities = (status as { value: { capabilities: { documentKinds: string[] } } }).value.capabilities;
    expect(capabilities.documentKinds).not.toContain('rollBack');
    expect(capabilities.documentKinds).not.toContain('creditPay');
    expect(await app.dispatch('devices.activate', { id: 'training' })).toMatchObject({ ok: true, value: { capabilities: { cashDrawer: false } } });
    expect(await app.dispatch('devices.list', {})).toMatchObject({ ok: true, value: [{ id: 'training', features: narrowed }] });
  });

  it('refuses a rollback, a credit sale, a credit payment and a credit-payment refund before the journal', async () => {
    const rollBack: FiscalDocument = { kind: 'rollBack', cashierName: cashier, parentUuid: sale.uuid, tenders: tenders({ cash: 48000 }), vatAmounts: [{ vatRate: 'vat18', sum: 48000 }] };
    await refusedFor('document.submit', { document: rollBack }, 'document.rollBack');
    await refusedFor('document.submit', { document: creditSale }, 'tender.credit');
    const creditPay: FiscalDocument = {
      kind: 'creditPay',
      cashierName: cashier,
      parentUuid: randomUUID(),
      lines: [{ ...fridge, payment: 1000 }],
      tenders: tenders({ cash: 1000 }),
      paymentNumber: 1,
      residue: 39000,
      credit: terms,
    };
    await refusedFor('document.submit', { document: creditPay }, 'document.creditPay');
    const creditRefund: FiscalDocument = { kind: 'moneyBack', cashierName: cashier, parentUuid: randomUUID(), moneyBackType: 'creditPay', manual: false, lines: [fridge], tenders: tenders({ cash: 48000 }) };
    await refusedFor('document.submit', { document: creditRefund }, 'refund.creditPay');
  });

  it('refuses in the document service itself, so a caller past the IPC layer meets the same refusal', async () => {
    const before = journaled();
    await expect(app.context.documents!.submit(creditSale, 1_000)).rejects.toMatchObject({ capability: 'tender.credit' });
    expect(journaled()).toEqual(before);
  });

  it('keeps switches only for a device the shop has, and only the four it knows', async () => {
    expect(await app.dispatch('devices.setFeatures', { id: 'caspos@127.0.0.9:1', features: narrowed })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.dispatch('devices.setFeatures', { id: 'training', features: { ...narrowed, printer: false } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(app.context.devices.features('training')).toEqual(narrowed);
  });

  it('refuses to open the drawer, without a word to the device', async () => {
    await refusedFor('device.openDrawer', {}, 'cashDrawer');
  });

  it('still sells for cash, and takes all of it again once the shop switches it back on', async () => {
    expect(await app.dispatch('document.submit', { document: cashSale })).toMatchObject({ ok: true, value: { state: 'done' } });
    expect(await app.dispatch('devices.setFeatures', { id: 'training', features: allDeviceFeatures })).toMatchObject({ ok: true });
    expect(await app.dispatch('device.getStatus', {})).toMatchObject({ ok: true, value: { capabilities: casposCapabilities } });
    expect(await app.dispatch('device.openDrawer', {})).toEqual({ ok: true, value: {} });
    expect(await app.dispatch('document.submit', { document: creditSale })).toMatchObject({ ok: true, value: { state: 'done' } });
  });
});

describe('a device without reports of its own', () => {
  it('refuses the periodic report, the control tape, the X report and a reprint it cannot make', async () => {
    const device = app.context.device;
    const declared = device.capabilities.bind(device);
    device.capabilities = () => ({ ...casposCapabilities, reports: [] });
    try {
      await refusedFor('report.periodic', { from: '2026-12-01T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' }, 'report.periodic');
      await refusedFor('report.controlTape', { filters: {} }, 'report.controlTape');
      await refusedFor('report.x', {}, 'report.x');
      await refusedFor('device.printLast', {}, 'report.reprint');
    } finally {
      device.capabilities = declared;
    }
  });
});

describe('tax groups the device cannot take', () => {
  it('refuses a line of a group outside the device’s list, or one its mapping cannot resolve, before the journal and the device', async () => {
    const ukrainian: SaleDocument = { ...cashSale, lines: [{ ...fridge, vatRate: 'vat20' }] };
    await refusedFor('document.submit', { document: ukrainian }, 'tax.vat20');
    await refusedFor('document.submit', { document: { ...cashSale, lines: [{ ...fridge, excise: true }] } }, 'excise');

    // A device whose own table decides (Checkbox's tax codes, SmartX's sections) lets the group
    // through its capabilities and refuses it in its mapping: the same refusal, nothing stored.
    const device = app.context.device;
    const declared = device.capabilities.bind(device);
    device.capabilities = () => ({ ...casposCapabilities, taxGroups: [...casposCapabilities.taxGroups, 'vat20'] });
    try {
      await refusedFor('document.submit', { document: ukrainian }, 'tax.vat20');
    } finally {
      device.capabilities = declared;
    }
  });
});

describe('the currency of a document', () => {
  it('is the device’s, written with the document; a document in another currency is refused before the journal', async () => {
    const sold = await app.dispatch('document.submit', { document: cashSale });
    expect(sold).toMatchObject({ ok: true, value: { state: 'done', currency: 'AZN', document: { currency: 'AZN' } } });
    await refusedFor('document.submit', { document: { ...cashSale, currency: 'UAH' } }, 'currency.UAH');
    expect(await app.dispatch('document.submit', { document: { ...cashSale, currency: 'AZN' } })).toMatchObject({ ok: true, value: { state: 'done' } });
  });
});
