import { afterEach, describe, expect, it } from 'vitest';
import { csvOf, productRow } from '../catalog/testing/catalog-db';
import { ean13, scaleLabel } from '../catalog/testing/barcodes';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => app?.close());

const bread = ean13('476000100001');
const shop = csvOf([
  productRow('Çörək ağ', { barcodes: bread, code: '1001', price: '0,70', favourite: 'yes', position: '1' }),
  productRow('Олія соняшникова', { code: '2001', price: '4,10' }),
  productRow('Pomidor', { barcodes: '2212345', code: '12345', unit: 'kg', price: '3,49', vat: 'vatFree' }),
]);

describe('catalog channels', () => {
  it('import, search, scan, favourites and export through the dispatcher, as the renderer calls them', async () => {
    app = await startTestApp(tempDir());
    expect(await app.dispatch('catalog.importPreview', { csv: shop })).toMatchObject({ ok: true, value: { rows: 3, valid: 3, problems: [] } });
    expect(await app.dispatch('catalog.import', { csv: shop, mode: 'replace' })).toEqual({ ok: true, value: { imported: 3 } });

    const search = await app.dispatch('catalog.search', { query: 'çör' });
    expect(search).toMatchObject({ ok: true, value: [{ name: 'Çörək ağ', price: 70, barcodes: [bread], vatRate: 'vat18', codeType: 'ean13' }] });
    expect(await app.dispatch('catalog.search', { query: 'олия', limit: 5 })).toMatchObject({ ok: true, value: [{ name: 'Олія соняшникова' }] });
    expect(await app.dispatch('catalog.scan', { barcode: bread })).toMatchObject({ ok: true, value: { product: { name: 'Çörək ağ' } } });
    expect(await app.dispatch('catalog.scan', { barcode: scaleLabel('22', '12345', 1250) })).toMatchObject({
      ok: true,
      value: { product: { name: 'Pomidor', unit: 'kg' }, quantity: 1250 },
    });
    expect(await app.dispatch('catalog.scan', { barcode: '0000000000000' })).toEqual({ ok: true, value: { product: null } });
    expect(await app.dispatch('catalog.favourites', {})).toMatchObject({ ok: true, value: [{ name: 'Çörək ağ', position: 1 }] });

    const exported = await app.dispatch('catalog.export', {});
    expect(exported.ok).toBe(true);
    const csv = (exported as { ok: true; value: { csv: string } }).value.csv;
    expect(await app.dispatch('catalog.import', { csv, mode: 'replace' })).toEqual({ ok: true, value: { imported: 3 } });
  });

  it('refuses a file with problems as import_invalid, listing them, and imports nothing', async () => {
    app = await startTestApp(tempDir());
    await app.dispatch('catalog.import', { csv: shop, mode: 'replace' });
    const bad = csvOf([productRow('Qatıq'), productRow('Pendir', { price: '1,234' })]);
    expect(await app.dispatch('catalog.import', { csv: bad, mode: 'replace' })).toEqual({
      ok: false,
      error: {
        code: 'import_invalid',
        message: 'The catalogue file has 1 problem(s); nothing was imported',
        details: [{ row: 2, column: 'price', code: 'badPrice', value: '1,234' }],
      },
    });
    expect(await app.dispatch('catalog.search', { query: 'qat' })).toEqual({ ok: true, value: [] });
    expect(await app.dispatch('catalog.search', { query: 'çör' })).toMatchObject({ ok: true, value: [{ name: 'Çörək ağ' }] });
  });

  it('answers input outside the contract with a typed error', async () => {
    app = await startTestApp(tempDir());
    for (const [channel, input] of [
      ['catalog.search', { query: 42 }],
      ['catalog.search', { query: 'x'.repeat(101) }],
      ['catalog.search', { query: 'süd', limit: 0 }],
      ['catalog.search', { query: 'süd', limit: 101 }],
      ['catalog.scan', { barcode: '' }],
      ['catalog.scan', { barcode: '1'.repeat(65) }],
      ['catalog.favourites', { all: true }],
      ['catalog.importPreview', {}],
      ['catalog.import', { csv: shop, mode: 'append' }],
      ['catalog.import', { csv: shop }],
      ['catalog.export', null],
    ] as const) {
      expect(await app.dispatch(channel, input), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
