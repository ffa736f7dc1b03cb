import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficeProduct } from '../../shared/office/till-api';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import type { TillOffice } from './office';
import { TestOffice } from './testing/test-office';

const tempDir = useTempDirs();
let office: TestOffice;
let app: KassaApp;
let tillOffice: TillOffice;

beforeEach(async () => {
  office = new TestOffice();
  await office.start();
  app = await startTestApp(tempDir());
  // The app's own background round stops: the tests pull by hand, page by page.
  await app.context.office.stop();
  tillOffice = app.context.office;
  (tillOffice.puller as unknown as { deps: { pageSize: number } }).deps.pageSize = 3;
});
afterEach(async () => {
  await app.close();
  await office.close();
});

function product(name: string, overrides: Partial<OfficeProduct> = {}): OfficeProduct {
  return {
    officeId: randomUUID(),
    name,
    code: '',
    barcodes: [],
    price: 150,
    vatRate: 'vat18',
    unit: 'piece',
    codeType: 'plain',
    markingRequired: false,
    favourite: false,
    position: null,
    ...overrides,
  };
}

async function joinOffice(): Promise<void> {
  await tillOffice.join({ address: office.address, fingerprint: office.fingerprint, code: office.enrolmentCode().replace('-', ''), tillName: 'Kassa 1' });
}

async function pullAll(): Promise<number> {
  let pages = 1;
  while ((await tillOffice.puller.pullPage()).more) pages += 1;
  return pages;
}

/** The till's office products as the office holds them, by office id. */
function tillCatalogue(): Map<string, OfficeProduct> {
  const rows = app.context.db
    .prepare(
      `SELECT office_id AS officeId, name, code, price, vat_rate AS vatRate, unit, code_type AS codeType, marking_required AS markingRequired,
              favourite, position, (SELECT json_group_array(barcode) FROM (SELECT barcode FROM product_barcodes b WHERE b.product_id = p.id ORDER BY ordinal)) AS barcodes
         FROM products p WHERE office_id IS NOT NULL`,
    )
    .all() as (Omit<OfficeProduct, 'barcodes' | 'markingRequired' | 'favourite'> & { barcodes: string; markingRequired: number; favourite: number })[];
  return new Map(
    rows.map((row) => [row.officeId, { ...row, barcodes: JSON.parse(row.barcodes) as string[], markingRequired: row.markingRequired === 1, favourite: row.favourite === 1 }]),
  );
}

async function search(query: string): Promise<string[]> {
  const found = await app.dispatch('catalog.search', { query, limit: 30 });
  expect(found).toMatchObject({ ok: true });
  return (found as { value: { name: string }[] }).value.map((p) => p.name).sort();
}

describe('the puller', () => {
  it('catches up a week of changes by pages, applies renames and removals, keeps local products, and search finds what came', async () => {
    expect(await app.dispatch('catalogue.create', { draft: { name: 'Ev qatığı', code: 'L-1', barcodes: ['2990000000019'], vatRate: 'vat18', unit: 'piece', favourite: false, categoryId: null }, price: 90 })).toMatchObject({ ok: true });
    const bread = product('Çörək ağ', { code: 'C-1', barcodes: ['4760001000017'] });
    const milk = product('Süd 1 l', { barcodes: ['4760002000014'] });
    office.upsertProduct(bread);
    office.upsertProduct(milk);
    for (let i = 0; i < 7; i += 1) office.upsertProduct(product(`Gün ${i} məhsul`));
    await joinOffice();
    expect(await pullAll()).toBe(3);
    expect(tillCatalogue()).toEqual(office.catalogue());

    // A week later: a rename, a new price, a removal and new products.
    office.upsertProduct({ ...bread, name: 'Çörək qara', price: 130 });
    office.removeProduct(milk.officeId);
    for (let i = 0; i < 5; i += 1) office.upsertProduct(product(`Həftə ${i} məhsul`));
    expect(await pullAll()).toBe(3);
    expect(tillCatalogue()).toEqual(office.catalogue());
    expect(tillOffice.store.get()?.catalogueVersion).toBe(16);

    expect(await search('çörək')).toEqual(['Çörək qara']);
    expect(await search('ağ')).toEqual([]);
    expect(await search('süd')).toEqual([]);
    expect(await search('həftə')).toHaveLength(5);
    expect(await search('qatığı')).toEqual(['Ev qatığı']);
    expect(await app.dispatch('catalog.scan', { barcode: '4760002000014' })).toMatchObject({ ok: true, value: { product: null } });
    expect(await app.dispatch('catalog.scan', { barcode: '2990000000019' })).toMatchObject({ ok: true, value: { product: { name: 'Ev qatığı' } } });
    // The search index is whole: FTS5's own check of an external-content index against its table.
    expect(() => app.context.db.prepare("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  it('applies a page whole or not at all: a failure in its middle leaves the catalogue and version as they were', async () => {
    await joinOffice();
    office.upsertProduct(product('Alma'));
    await pullAll();
    const before = tillCatalogue();
    office.upsertProduct(product('Armud'));
    office.upsertProduct(product('Boom'));
    office.upsertProduct(product('Gilas'));
    // A real SQLite failure on the page's second product (as a full disk would make one).
    app.context.db.exec("CREATE TEMP TRIGGER fail_boom AFTER INSERT ON products WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    await expect(tillOffice.puller.pullPage()).rejects.toThrow(/disk trouble/);
    expect(tillCatalogue()).toEqual(before);
    expect(tillOffice.store.get()?.catalogueVersion).toBe(1);
    expect(tillOffice.store.get()?.lastPullError).toBe('unexpected');
    expect(await search('armud')).toEqual([]);

    app.context.db.exec('DROP TRIGGER fail_boom');
    await pullAll();
    expect(tillCatalogue()).toEqual(office.catalogue());
    expect(await search('armud')).toEqual(['Armud']);
    expect(tillOffice.store.get()?.lastPullError).toBeNull();
  });

  it('adopts a local product with the office product’s code and takes a barcode the office gives elsewhere', async () => {
    const created = await app.dispatch('catalogue.create', { draft: { name: 'Kola', code: 'K-7', barcodes: ['5449000000996'], vatRate: 'vat18', unit: 'piece', favourite: false, categoryId: null }, price: 100 });
    const localId = (created as { value: { id: number } }).value.id;
    await app.dispatch('catalogue.create', { draft: { name: 'Fanta', code: '', barcodes: ['5449000011527'], vatRate: 'vat18', unit: 'piece', favourite: false, categoryId: null }, price: 100 });
    await joinOffice();
    const cola = product('Coca-Cola 0.5', { code: 'K-7', barcodes: ['5449000000996'] });
    office.upsertProduct(cola);
    office.upsertProduct(product('Fanta 0.5', { barcodes: ['5449000011527'] }));
    await pullAll();
    const adopted = app.context.db.prepare('SELECT id, name FROM products WHERE office_id = ?').get(cola.officeId);
    expect(adopted).toEqual({ id: localId, name: 'Coca-Cola 0.5' });
    expect(tillCatalogue()).toEqual(office.catalogue());
    expect(await search('fanta')).toEqual(['Fanta', 'Fanta 0.5']);
    expect(await app.dispatch('catalog.scan', { barcode: '5449000011527' })).toMatchObject({ ok: true, value: { product: { name: 'Fanta 0.5' } } });
  });
});

describe('a shop that keeps its products in the office', () => {
  it('refuses products made on the till, and imports, once the office says so; allows them again when it does', async () => {
    office.localProductsAllowed = false;
    await joinOffice();
    const draft = { name: 'Ev qatığı', code: '', barcodes: [], vatRate: 'vat18', unit: 'piece', favourite: false, categoryId: null } as const;
    expect(await app.dispatch('catalogue.create', { draft, price: 90 })).toMatchObject({ ok: false, error: { code: 'office_products' } });
    expect(await app.dispatch('catalog.import', { csv: 'name;price\nSüd;1.20\n', mode: 'merge' })).toMatchObject({ ok: false, error: { code: 'office_products' } });
    office.localProductsAllowed = true;
    await pullAll();
    expect(await app.dispatch('catalogue.create', { draft, price: 90 })).toMatchObject({ ok: true });
  });
});
