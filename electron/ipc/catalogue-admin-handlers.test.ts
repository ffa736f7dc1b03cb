import { afterEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp, testManager } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

const draft = { name: 'Çörək ağ', code: '1001', barcodes: ['4760001000019'], vatRate: 'vat18', unit: 'piece', categoryId: null, favourite: true };
const everything = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

describe('catalogue channels', () => {
  it('add, find, change the price and deactivate through the dispatcher; the audit log keeps them as catalogue changes with the old and new price', async () => {
    app = await startTestApp(tempDir());
    const made = await app.dispatch('catalogue.create', { draft, price: 70 });
    expect(made).toMatchObject({ ok: true, value: { name: 'Çörək ağ', price: 70, active: true } });
    const id = (made as { value: { id: number } }).value.id;
    expect(await app.dispatch('catalog.search', { query: 'çör' })).toMatchObject({ ok: true, value: [{ id }] });
    expect(await app.dispatch('catalog.favourites', {})).toMatchObject({ ok: true, value: [{ id }] });
    expect(await app.dispatch('catalogue.setPrice', { id, price: 75 })).toMatchObject({ ok: true, value: { oldPrice: 70, product: { price: 75 } } });
    expect(await app.dispatch('catalogue.setActive', { id, active: false })).toMatchObject({ ok: true, value: { active: false } });
    expect(await app.dispatch('catalog.search', { query: 'çör' })).toEqual({ ok: true, value: [] });
    expect(await app.dispatch('catalogue.list', { status: 'inactive' })).toMatchObject({ ok: true, value: { items: [{ id }], more: false } });

    const audit = app.context.audit.list(everything.from, everything.to);
    expect(audit.find((e) => e.action === 'priceChange')).toMatchObject({
      outcome: 'done',
      actor: testManager.name,
      approver: testManager.name,
      details: { channel: 'catalogue.setPrice', productId: id, product: 'Çörək ağ', code: '1001', oldPrice: 70, newPrice: 75 },
    });
    expect(audit.filter((e) => e.action === 'catalogue').map((e) => e.details.channel)).toEqual(['catalogue.setActive', 'catalogue.create']);
    expect(audit.find((e) => e.details.channel === 'catalogue.create')).toMatchObject({ details: { product: 'Çörək ağ', price: 70 } });
  });

  it('logs an import as a catalogue change, with its mode and size', async () => {
    app = await startTestApp(tempDir());
    expect(await app.dispatch('catalog.import', { csv: 'name;price;vat\nÇörək;0,70;18\n', mode: 'replace' })).toMatchObject({ ok: true });
    const entry = app.context.audit.list(everything.from, everything.to).find((e) => e.details.channel === 'catalog.import');
    expect(entry).toMatchObject({ action: 'catalogue', outcome: 'done', details: { mode: 'replace', imported: 1 } });
  });

  it('checks a cashier’s right in the main process: a price change needs a manager’s PIN every time, a look does not', async () => {
    app = await startTestApp(tempDir());
    const made = await app.dispatch('catalogue.create', { draft, price: 70 });
    const id = (made as { value: { id: number } }).value.id;
    await app.dispatch('people.save', { name: 'Nigar Əliyeva', role: 'cashier', pin: '1357', active: true });
    await app.dispatch('session.signOut', {});
    const nigar = app.context.people.list().find((p) => p.name === 'Nigar Əliyeva')!;
    await app.dispatch('session.signIn', { personId: nigar.id, pin: '1357' });

    expect(await app.dispatch('catalogue.list', {})).toMatchObject({ ok: true, value: { items: [{ id }] } });
    expect(await app.dispatch('quickKeys.pages', {})).toEqual({ ok: true, value: [] });
    expect(await app.dispatch('catalogue.setPrice', { id, price: 1 })).toMatchObject({ ok: false, error: { code: 'approval_required', details: { action: 'priceChange' } } });
    expect(await app.dispatch('catalogue.update', { id, draft: { ...draft, name: 'X' } })).toMatchObject({ ok: false, error: { code: 'approval_required', details: { action: 'catalogue' } } });
    // Approved for the catalogue, the price still needs its own approval.
    expect(await app.dispatch('session.approve', { action: 'catalogue', pin: testManager.pin })).toMatchObject({ ok: true });
    expect(await app.dispatch('catalogue.setPrice', { id, price: 1 })).toMatchObject({ ok: false, error: { code: 'approval_required' } });
    expect(await app.dispatch('catalogue.get', { id })).toMatchObject({ ok: true, value: { price: 70 } });
    const refused = app.context.audit.list(everything.from, everything.to).find((e) => e.action === 'priceChange');
    expect(refused).toMatchObject({ outcome: 'refused', actor: 'Nigar Əliyeva' });
  });

  it('answers input outside the contract with invalid_input, on every new channel', async () => {
    app = await startTestApp(tempDir());
    const made = await app.dispatch('catalogue.create', { draft, price: 70 });
    const id = (made as { value: { id: number } }).value.id;
    for (const [channel, input] of [
      ['catalogue.create', { draft, price: -1 }],
      ['catalogue.create', { draft, price: 1.5 }],
      ['catalogue.create', { draft, price: 100_000_000 }],
      ['catalogue.create', { draft: { ...draft, name: '' }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, name: ' '.repeat(3) }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, name: 'x'.repeat(256) }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, name: 'Çörək\u0000' }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, barcodes: ['12 34'] }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, barcodes: ['1|2'] }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, vatRate: 'vat21' }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, unit: 'box' }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, extra: 1 }, price: 1 }],
      ['catalogue.create', { draft: { ...draft, categoryId: 77 }, price: 1 }],
      ['catalogue.update', { id, draft, price: 5 }],
      ['catalogue.update', { id: 999, draft }],
      ['catalogue.setPrice', { id: 0, price: 5 }],
      ['catalogue.setPrice', { id, price: '5' }],
      ['catalogue.setActive', { id, active: 'no' }],
      ['catalogue.list', { limit: 201 }],
      ['catalogue.list', { status: 'deleted' }],
      ['catalogue.saveCategory', { name: '' }],
      ['quickKeys.save', { pages: [{ name: 'A', productIds: [999] }] }],
      ['quickKeys.save', { pages: Array.from({ length: 21 }, () => ({ name: 'A', productIds: [] })) }],
      ['catalogue.template', { vatRate: 'vat99' }],
    ] as const) {
      const answer = await app.dispatch(channel, input);
      expect(answer, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // A barcode of another product: refused, naming the product that holds it.
    expect(await app.dispatch('catalogue.create', { draft: { ...draft, code: '' }, price: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { field: 'barcodes', value: '4760001000019', holder: { id, name: 'Çörək ağ' } } },
    });
  });

  it('gives a template that the import previews as one valid row', async () => {
    app = await startTestApp(tempDir());
    const template = await app.dispatch('catalogue.template', { vatRate: 'vat18' });
    const csv = (template as { value: { csv: string } }).value.csv;
    expect(await app.dispatch('catalog.importPreview', { csv })).toMatchObject({ ok: true, value: { rows: 1, valid: 1, problems: [] } });
  });
});
