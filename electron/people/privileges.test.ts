import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/ipc/names';
import type { PrivilegedAction } from '../../shared/people/privileges';
import type { KassaApp } from '../app/create-app';
import { cashier as documentCashier, line, moneyBack, sale, tenders } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp, testManager } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp;
let saleId: string;
const cashierPin = '1357';

beforeEach(async () => {
  app = await startTestApp(tempDir());
  // The shop lets a cashier give up to 10 % alone.
  app.context.settings.set('cashierDiscountCapPercent', 10);
  // As the manager: a shift with one sale to refund and roll back, and a cashier to sign in.
  expect(await app.dispatch('shift.open', { openingFloat: 10_000 })).toMatchObject({ ok: true });
  const sold = await app.dispatch('document.submit', { document: sale({ lines: [line({ itemUid: 'L1' })], tenders: tenders({ cash: 120 }) }) });
  expect(sold).toMatchObject({ ok: true, value: { state: 'done' } });
  saleId = (sold as { value: { uuid: string } }).value.uuid;
  expect(await app.dispatch('people.save', { name: 'Nigar Əliyeva', role: 'cashier', pin: cashierPin, active: true })).toMatchObject({ ok: true });
  await app.dispatch('session.signOut', {});
  const nigar = app.context.people.list().find((p) => p.name === 'Nigar Əliyeva')!;
  expect(await app.dispatch('session.signIn', { personId: nigar.id, pin: cashierPin })).toMatchObject({ ok: true, value: { role: 'cashier' } });
});
afterEach(async () => app.close());

const draft = (name: string) => ({ name, code: '', barcodes: [], vatRate: 'vat18', unit: 'piece', categoryId: null, favourite: false });
/** A product of the catalogue, made the first time a call needs one. */
function productId(): number {
  const listed = app.context.catalog.editor.list({ query: '', status: 'active', categoryId: null, offset: 0, limit: 1 }).items[0];
  return listed?.id ?? app.context.catalog.editor.create({ ...draft('Süd'), vatRate: 'vat18', unit: 'piece' }, 189).id;
}

/** One call per privileged action, each a real request that succeeds once approved. */
const calls: Record<PrivilegedAction, { channel: ChannelName; input: () => unknown }[]> = {
  refund: [{ channel: 'document.submit', input: () => ({ document: moneyBack(saleId) }) }],
  rollback: [
    {
      channel: 'document.submit',
      input: () => ({ document: { kind: 'rollBack', cashierName: documentCashier, parentUuid: saleId, tenders: tenders({ cash: 120 }), vatAmounts: [{ vatRate: 'vat18', sum: 120 }] } }),
    },
  ],
  correction: [
    {
      channel: 'document.submit',
      input: () => ({
        document: { kind: 'correction', cashierName: documentCashier, firstOperationAt: '2026-11-22T08:00:00.000Z', lastOperationAt: '2026-11-22T09:00:00.000Z', cash: 500, card: 0, vatRate: 'vat18' },
      }),
    },
  ],
  cashOut: [{ channel: 'document.submit', input: () => ({ document: { kind: 'withdraw', cashierName: documentCashier, sum: 1_000, reason: 'Bank' } }) }],
  // 2,00 off a 10,00 line is 20 %, beyond the cashier's 10 %.
  discount: [{ channel: 'document.submit', input: () => ({ document: sale({ lines: [line({ price: 1000, discount: 200, itemUid: 'D1' })], tenders: tenders({ cash: 800 }) }) }) }],
  clearCart: [{ channel: 'cart.clear', input: () => ({ lines: 3, total: 1_250 }) }],
  zReport: [{ channel: 'document.submit', input: () => ({ document: { kind: 'closeShift', cashierName: documentCashier } }) }],
  // The catalogue (an import too) is logged as a catalogue change, not as the settings.
  catalogue: [
    { channel: 'catalog.import', input: () => ({ csv: 'name,price,vat\nÇörək,0.70,18\n', mode: 'merge' }) },
    { channel: 'catalogue.create', input: () => ({ draft: draft('Qatıq'), price: 120 }) },
    { channel: 'catalogue.update', input: () => ({ id: productId(), draft: draft('Süd 1 l') }) },
    { channel: 'catalogue.setActive', input: () => ({ id: productId(), active: false }) },
    { channel: 'catalogue.saveCategory', input: () => ({ name: 'Süd məhsulları' }) },
    { channel: 'quickKeys.save', input: () => ({ pages: [{ name: 'Əsas', productIds: [productId()] }] }) },
  ],
  priceChange: [{ channel: 'catalogue.setPrice', input: () => ({ id: productId(), price: 199 }) }],
  settings: [
    { channel: 'settings.update', input: () => ({ receiptNote: 'Təşəkkür edirik!' }) },
    { channel: 'people.all', input: () => ({}) },
    { channel: 'people.save', input: () => ({ name: 'Rəşad', role: 'cashier', pin: '8642', active: true }) },
    { channel: 'audit.list', input: () => ({ from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' }) },
    { channel: 'devices.remove', input: () => ({ id: 'caspos@127.0.0.1:1' }) },
    { channel: 'devices.activate', input: () => ({ id: 'training' }) },
    // Which buttons the counter shows for a device is a manager's to say.
    { channel: 'devices.setFeatures', input: () => ({ id: 'training', features: { cashDrawer: true, credit: true, rollBack: true, bonus: true } }) },
    // Where this PC keeps the logs and exports is a manager's to read out to support.
    { channel: 'diagnostics.folders', input: () => ({}) },
  ],
};

describe('a cashier signed in', () => {
  for (const [action, list] of Object.entries(calls) as [PrivilegedAction, (typeof calls)[PrivilegedAction]][]) {
    for (const { channel, input } of list) {
      it(`cannot ${action} through ${channel} without a manager's PIN, and can with one`, async () => {
        if (channel === 'devices.remove') app.context.devices.save({ kind: 'caspos', name: 'Old', url: 'http://127.0.0.1:1/', config: { url: 'http://127.0.0.1:1/', username: 'u', auth: 'integration' }, secrets: { password: 'p' } });
        const documentsBefore = app.context.journal.list('training', '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z').length;
        expect(await app.dispatch(channel, input())).toMatchObject({ ok: false, error: { code: 'approval_required', details: { action } } });
        // The cashier's own PIN approves nothing.
        expect(await app.dispatch('session.approve', { action, pin: cashierPin })).toMatchObject({ ok: false, error: { code: 'pin_wrong' } });
        expect(await app.dispatch(channel, input())).toMatchObject({ ok: false, error: { code: 'approval_required' } });
        expect(app.context.journal.list('training', '2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z')).toHaveLength(documentsBefore);

        expect(await app.dispatch('session.approve', { action, pin: testManager.pin })).toMatchObject({ ok: true, value: { approver: { name: testManager.name } } });
        const approved = await app.dispatch(channel, input());
        expect(approved, JSON.stringify(approved)).toMatchObject({ ok: true });
        if (channel === 'document.submit') expect(approved).toMatchObject({ value: { state: 'done', document: { cashierName: 'Nigar Əliyeva' } } });

        const entries = app.context.audit.list('2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z');
        expect(entries.find((e) => e.action === 'approval' && e.outcome === 'done')).toMatchObject({ actor: 'Nigar Əliyeva', approver: testManager.name, details: { for: action } });
        // What changes something is kept with who did it and who approved it; a look is not.
        const entry = entries.find((e) => e.action === action && e.outcome === 'done' && e.actor === 'Nigar Əliyeva');
        if (channel === 'people.all' || channel === 'audit.list' || channel === 'diagnostics.folders') expect(entry).toBeUndefined();
        else expect(entry).toMatchObject({ actor: 'Nigar Əliyeva', approver: testManager.name, details: { channel } });
        // An approval covers one call; the settings stay open for its two minutes.
        const again = await app.dispatch(channel, input());
        if (action === 'settings') expect(again).not.toMatchObject({ error: { code: 'approval_required' } });
        else expect(again).toMatchObject({ ok: false, error: { code: 'approval_required' } });
      });
    }
  }

  it('gives a discount within the cap alone, also a receipt discount spread over the lines', async () => {
    const within = sale({ lines: [line({ price: 1000, discount: 100, itemUid: 'D1' }), line({ price: 455, discount: 46, itemUid: 'D2' })], tenders: tenders({ cash: 1309 }) });
    expect(await app.dispatch('document.submit', { document: within })).toMatchObject({ ok: true, value: { state: 'done' } });
  });

  it('signs documents with their own name, whatever the screen sent', async () => {
    const sold = await app.dispatch('document.submit', { document: sale({ cashierName: 'Somebody Else', tenders: tenders({ cash: 600 }) }) });
    expect(sold).toMatchObject({ ok: true, value: { state: 'done', document: { cashierName: 'Nigar Əliyeva' } } });
  });

  it('approved into the settings, still cannot change a manager, promote anyone or change themselves', async () => {
    expect(await app.dispatch('session.approve', { action: 'settings', pin: testManager.pin })).toMatchObject({ ok: true });
    const manager = app.context.people.list().find((p) => p.name === testManager.name)!;
    const nigar = app.context.people.list().find((p) => p.name === 'Nigar Əliyeva')!;
    expect(await app.dispatch('people.save', { id: manager.id, name: manager.name, role: 'manager', pin: '9999', active: true })).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(await app.dispatch('people.save', { id: nigar.id, name: nigar.name, role: 'manager', active: true })).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(await app.dispatch('people.save', { name: 'Rəşad', role: 'manager', pin: '8642', active: true })).toMatchObject({ ok: false, error: { code: 'not_permitted' } });
    expect(await app.dispatch('people.save', { name: 'Rəşad', role: 'cashier', pin: '8642', active: true })).toMatchObject({ ok: true });
  });

  it('counts wrong PINs sent all at once, so the lockout holds', async () => {
    const manager = app.context.people.list().find((p) => p.name === testManager.name)!;
    const results = await Promise.all(Array.from({ length: 12 }, () => app.dispatch('session.signIn', { personId: manager.id, pin: '0000' })));
    expect(results.filter((r) => !r.ok && r.error.code === 'pin_locked').length).toBeGreaterThan(0);
    expect(await app.dispatch('session.signIn', { personId: manager.id, pin: testManager.pin })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });

  it('locks approvals after five wrong PINs', async () => {
    for (let i = 4; i >= 1; i--) {
      expect(await app.dispatch('session.approve', { action: 'refund', pin: '0000' })).toMatchObject({ ok: false, error: { code: 'pin_wrong', details: { attemptsLeft: i } } });
    }
    expect(await app.dispatch('session.approve', { action: 'refund', pin: '0000' })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
    // Even the right PIN waits out the lock.
    expect(await app.dispatch('session.approve', { action: 'refund', pin: testManager.pin })).toMatchObject({ ok: false, error: { code: 'pin_locked' } });
  });
});

describe('nobody signed in', () => {
  it('reaches only the login screen, the setup state and the language', async () => {
    await app.dispatch('session.signOut', {});
    expect(await app.dispatch('document.submit', { document: sale({ tenders: tenders({ cash: 600 }) }) })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await app.dispatch('catalog.search', { query: 'ç' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await app.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await app.dispatch('devices.save', { kind: 'caspos', name: 'X', settings: { url: 'http://127.0.0.1:5544/', username: 'u', password: 'p', auth: 'integration' } })).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    expect(await app.dispatch('people.list', {})).toMatchObject({ ok: true, value: [{ name: testManager.name }, { name: 'Nigar Əliyeva' }] });
    expect(await app.dispatch('setup.status', {})).toMatchObject({ ok: true, value: { needsSetup: false, secretProtection: 'file-key' } });
    expect(await app.dispatch('setup.createManager', { name: 'Intruder', pin: '1111' })).toMatchObject({ ok: false, error: { code: 'setup_done' } });
  });

  it('learns nothing of where the data folder, the logs or the exports lie', async () => {
    await app.dispatch('session.signOut', {});
    const info = await app.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { name: 'Kassa', host: 'web' } });
    expect(JSON.stringify(info)).not.toContain(app.context.dataDir);
    expect(await app.dispatch('diagnostics.folders', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });
});
