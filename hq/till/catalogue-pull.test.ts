import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAnswer } from '../../shared/office/till-api';
import type { ProductFields } from '../../shared/office/office-admin';
import { createProduct, removeProduct, updateProduct } from '../office/catalogue-edit';
import { createShop } from '../office/shops';
import { noTestServer } from '../testing/postgres';
import { enrolTestTill, startTestOffice, type TestOffice } from '../testing/office-service';

if (noTestServer) console.warn(`office catalogue tests skipped: ${noTestServer}`);

const product = (index: number): ProductFields => ({
  name: `Product ${index}`,
  code: `P${index}`,
  barcodes: [`200000${String(index).padStart(6, '0')}`],
  price: 100 + index,
  vatRate: 'vat18',
  unit: 'piece',
  codeType: 'plain',
  markingRequired: false,
  favourite: false,
  position: null,
});

describe.skipIf(noTestServer)("a till pulls its own shop's catalogue by version", () => {
  let office: TestOffice;
  beforeAll(async () => {
    office = await startTestOffice();
  }, 60_000);
  afterAll(async () => office?.stop());

  const pull = async (token: string, after: number, limit?: number) => {
    const reply = await office.call('GET', `/api/till/catalogue?after=${after}${limit ? `&limit=${limit}` : ''}`, { token });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return CatalogueAnswer.parse(reply.body);
  };

  it('hears every change once, in pages, removals as tombstones; a till away for all of it catches up to the office', async () => {
    const shop = await createShop(office.db.pool, { name: 'Sumqayit', localProductsAllowed: false });
    const till = await enrolTestTill(office, shop.id);
    const made = [];
    for (let index = 0; index < 25; index += 1) made.push(await createProduct(office.db.pool, shop.id, product(index)));
    await updateProduct(office.db.pool, made[3]!.product.officeId, { ...product(3), price: 999 });
    await removeProduct(office.db.pool, made[4]!.product.officeId);

    // The till applies page after page into a map, as it would into SQLite.
    const catalogue = new Map<string, number>();
    let version = 0;
    let pages = 0;
    for (let more = true; more; pages += 1) {
      const page = await pull(till.token, version, 10);
      expect(page.localProductsAllowed).toBe(false);
      for (const change of page.changes) {
        expect(change.version).toBeGreaterThan(version);
        if (change.type === 'upsert') catalogue.set(change.product.officeId, change.product.price);
        else catalogue.delete(change.officeId);
      }
      version = page.version;
      more = page.more;
    }
    expect(pages).toBe(3);
    expect(version).toBe(27);
    const inOffice = await office.db.pool.query<{ id: string; price: string }>('SELECT id, price FROM products WHERE shop_id = $1 AND NOT removed', [shop.id]);
    expect(catalogue).toEqual(new Map(inOffice.rows.map((row) => [row.id, Number(row.price)])));
    expect(catalogue.get(made[3]!.product.officeId)).toBe(999);
    expect(catalogue.has(made[4]!.product.officeId)).toBe(false);

    const after = await pull(till.token, version);
    expect(after).toEqual({ changes: [], version: 27, more: false, localProductsAllowed: false });
    await removeProduct(office.db.pool, made[0]!.product.officeId);
    expect((await pull(till.token, version)).changes).toEqual([{ type: 'removal', version: 28, officeId: made[0]!.product.officeId }]);
  });

  it("gives a till only its own shop's catalogue, and refuses a bad query", async () => {
    const [mine, theirs] = await Promise.all([createShop(office.db.pool, { name: 'Mine', localProductsAllowed: true }), createShop(office.db.pool, { name: 'Theirs', localProductsAllowed: true })]);
    const secret = await createProduct(office.db.pool, theirs.id, { ...product(1), name: 'Their special' });
    await createProduct(office.db.pool, mine.id, product(2));
    const till = await enrolTestTill(office, mine.id);
    const answer = await pull(till.token, 0);
    expect(answer.changes.map((change) => (change.type === 'upsert' ? change.product.name : change.officeId))).toEqual(['Product 2']);
    expect(JSON.stringify(answer)).not.toContain(secret.product.officeId);
    // No parameter names another shop: the shop is the token's.
    const sneaky = await office.call('GET', `/api/till/catalogue?after=0&shop=${theirs.id}`, { token: till.token });
    expect([sneaky.status, sneaky.body]).toEqual([400, expect.objectContaining({ error: 'badRequest' })]);
    for (const query of ['after=-1', 'after=x', 'after=0&limit=0', 'after=0&limit=5000', '']) {
      expect((await office.call('GET', `/api/till/catalogue?${query}`, { token: till.token })).status, query).toBe(400);
    }
  });

  it('stops answering a till that left', async () => {
    const shop = await createShop(office.db.pool, { name: 'Leaving', localProductsAllowed: true });
    const till = await enrolTestTill(office, shop.id);
    expect((await office.call('POST', '/api/till/leave', { token: till.token })).status).toBe(204);
    const refused = await office.call('POST', '/api/till/push', { token: till.token, body: { drawers: [], items: [] } });
    expect([refused.status, refused.body]).toEqual([403, expect.objectContaining({ error: 'tillRemoved' })]);
    expect((await office.call('GET', '/api/till/catalogue?after=0', { token: till.token })).status).toBe(403);
  });

  it('gives parallel edits of one shop each its own version, none skipped, and a till pulling meanwhile ends equal to the office', async () => {
    const shop = await createShop(office.db.pool, { name: 'Busy', localProductsAllowed: true });
    const till = await enrolTestTill(office, shop.id);
    const made = await Promise.all(Array.from({ length: 20 }, (_, index) => createProduct(office.db.pool, shop.id, product(index))));
    const catalogue = new Map<string, number>();
    let version = 0;
    const applyPages = async () => {
      for (let more = true; more; ) {
        const page = await pull(till.token, version, 7);
        for (const change of page.changes) {
          if (change.type === 'upsert') catalogue.set(change.product.officeId, change.product.price);
          else catalogue.delete(change.officeId);
        }
        version = page.version;
        more = page.more;
      }
    };
    // Prices change and products go while the till pulls.
    await Promise.all([
      ...made.slice(0, 10).map((row, index) => updateProduct(office.db.pool, row.product.officeId, { ...product(index), price: 5_000 + index })),
      ...made.slice(10, 15).map((row) => removeProduct(office.db.pool, row.product.officeId)),
      applyPages(),
    ]);
    await applyPages();
    const versions = await office.db.pool.query<{ v: number }>('SELECT version::int AS v FROM products WHERE shop_id = $1 ORDER BY version', [shop.id]);
    const shopVersion = await office.db.pool.query<{ v: number }>('SELECT catalogue_version::int AS v FROM shops WHERE id = $1', [shop.id]);
    expect(shopVersion.rows[0]?.v).toBe(35);
    // Each product row carries its last change's version; together with the superseded ones they were 1..35.
    expect(new Set(versions.rows.map((row) => row.v)).size).toBe(20);
    expect(version).toBe(35);
    const inOffice = await office.db.pool.query<{ id: string; price: string }>('SELECT id, price FROM products WHERE shop_id = $1 AND NOT removed', [shop.id]);
    expect(catalogue).toEqual(new Map(inOffice.rows.map((row) => [row.id, Number(row.price)])));
    expect(catalogue.size).toBe(15);
  });
});
