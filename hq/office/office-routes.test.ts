import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolmentCodeAnswer, ProductRow, Shop, TillRow } from '../../shared/office/office-admin';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { noTestServer } from '../testing/postgres';
import { managerPassword, signedInManager } from '../testing/office-session';
import { startTestOffice, type TestOffice } from '../testing/office-service';

if (noTestServer) console.warn(`office API tests skipped: ${noTestServer}`);

const bread = { name: 'Bread', code: 'B1', barcodes: ['4760001000011'], price: 150, vatRate: 'vat18', unit: 'piece', codeType: 'plain', markingRequired: false, favourite: true, position: 1 };

describe.skipIf(noTestServer)('the office API for signed-in office people', () => {
  let office: TestOffice;
  let pageRoot: string;
  beforeAll(async () => {
    pageRoot = mkdtempSync(join(tmpdir(), 'kassa-hq-web-'));
    writeFileSync(join(pageRoot, 'index.html'), '<!doctype html><title>Office</title>');
    office = await startTestOffice([{ path: 'sales/today', handle: async (pool, query) => ({ shop: query.get('shop'), shops: (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM shops')).rows[0] }) }], pageRoot);
  }, 60_000);
  afterAll(async () => {
    await office?.stop();
    rmSync(pageRoot, { recursive: true, force: true });
  });

  it('signs in by name and password with an HttpOnly, Secure, SameSite=Strict cookie; refuses a wrong password and no cookie alike', async () => {
    const manager = await signedInManager(office, 'Kamala');
    expect(manager.setCookie).toMatch(/^kassa_office=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict; Max-Age=\d+$/);
    expect((await manager.call('GET', '/api/office/session')).body).toEqual({ name: 'Kamala' });
    const wrong = await office.call('POST', '/api/office/session', { body: { name: 'Kamala', password: 'not it at all' } });
    const nobody = await office.call('POST', '/api/office/session', { body: { name: 'Nobody', password: managerPassword } });
    expect([wrong.status, nobody.status]).toEqual([401, 401]);
    expect([wrong.body, nobody.body]).toEqual([expect.objectContaining({ error: 'signInFailed' }), expect.objectContaining({ error: 'signInFailed' })]);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    for (const [method, path] of [['GET', '/api/office/shops'], ['GET', '/api/office/tills'], ['GET', '/api/office/read/sales/today'], ['POST', '/api/office/shops']] as const) {
      const reply = await office.call(method, path, { body: method === 'POST' ? { name: 'X' } : undefined });
      expect([reply.status, reply.body], path).toEqual([401, expect.objectContaining({ error: 'unauthorized' })]);
    }
    const stored = JSON.stringify((await office.db.pool.query('SELECT * FROM office_people, office_sessions')).rows);
    expect(stored).not.toContain(managerPassword);
    expect(stored).not.toContain(manager.cookie.split('=')[1]);
    await manager.call('DELETE', '/api/office/session');
    expect((await manager.call('GET', '/api/office/session')).status).toBe(401);
  });

  it('makes shops and shows an enrolment code once with the certificate fingerprint; lists and removes tills', async () => {
    const manager = await signedInManager(office, 'Orkhan');
    const shop = Shop.parse((await manager.call('POST', '/api/office/shops', { body: { name: 'Baku, Fountain square' } })).body);
    expect(shop).toMatchObject({ localProductsAllowed: true, catalogueVersion: 0 });
    const made = await manager.call('POST', `/api/office/shops/${shop.id}/enrolment-codes`, { body: {} });
    const code = EnrolmentCodeAnswer.parse(made.body);
    expect(code.certificateFingerprint).toBe(office.certificate.fingerprint);
    const enrolled = await office.call('POST', '/api/till/enrol', { body: { code: code.code, tillName: 'Till 1', appVersion: '0.1.0' } });
    const { tillId, token } = enrolled.body as { tillId: string; token: string };
    const tills = TillRow.array().parse((await manager.call('GET', `/api/office/tills?shop=${shop.id}`)).body);
    expect(tills.map((till) => [till.id, till.name, till.removedAt])).toEqual([[tillId, 'Till 1', null]]);

    expect((await manager.call('DELETE', `/api/office/tills/${tillId}`)).status).toBe(204);
    const refused = await office.call('GET', '/api/till/catalogue?after=0', { token });
    expect([refused.status, refused.body]).toEqual([403, expect.objectContaining({ error: 'tillRemoved' })]);
    expect((await manager.call('DELETE', `/api/office/tills/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await manager.call('POST', `/api/office/shops/${crypto.randomUUID()}/enrolment-codes`, { body: {} })).status).toBe(404);
  });

  it('edits the catalogue: each change takes the shop’s next version, a removal is a tombstone, a taken code is refused', async () => {
    const manager = await signedInManager(office, 'Samir');
    const shop = Shop.parse((await manager.call('POST', '/api/office/shops', { body: { name: 'Ganja' } })).body);
    const created = ProductRow.parse((await manager.call('POST', `/api/office/shops/${shop.id}/products`, { body: bread })).body);
    expect(created.version).toBe(1);
    const milk = ProductRow.parse((await manager.call('POST', `/api/office/shops/${shop.id}/products`, { body: { ...bread, name: 'Milk', code: 'M1', barcodes: [] } })).body);
    expect(milk.version).toBe(2);
    const taken = await manager.call('POST', `/api/office/shops/${shop.id}/products`, { body: { ...bread, name: 'Other bread' } });
    expect([taken.status, taken.body]).toEqual([409, expect.objectContaining({ error: 'codeTaken' })]);
    const dearer = ProductRow.parse((await manager.call('PUT', `/api/office/products/${created.product.officeId}`, { body: { ...bread, price: 180 } })).body);
    expect([dearer.version, dearer.product.price]).toEqual([3, 180]);
    expect((await manager.call('DELETE', `/api/office/products/${milk.product.officeId}`)).body).toEqual({ version: 4 });
    expect((await manager.call('DELETE', `/api/office/products/${milk.product.officeId}`)).status).toBe(404);
    expect((await manager.call('PUT', `/api/office/products/${milk.product.officeId}`, { body: bread })).status).toBe(404);
    const bad = await manager.call('POST', `/api/office/shops/${shop.id}/products`, { body: { ...bread, price: -1 } });
    expect([bad.status, bad.body]).toEqual([400, expect.objectContaining({ error: 'badRequest' })]);
    const listed = ProductRow.array().parse((await manager.call('GET', `/api/office/shops/${shop.id}/products`)).body);
    expect(listed.map((row) => [row.product.name, row.product.price, row.version])).toEqual([['Bread', 180, 3]]);
    const version = await office.db.pool.query('SELECT catalogue_version::int AS v FROM shops WHERE id = $1', [shop.id]);
    expect(version.rows).toEqual([{ v: 4 }]);
  });

  it('mounts the page’s read routes under /api/office/read/ and serves the page with the strict CSP', async () => {
    const manager = await signedInManager(office, 'Nigar');
    const read = await manager.call('GET', '/api/office/read/sales/today?shop=all');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ shop: 'all', shops: { n: 2 } });
    const page = await office.call('GET', '/');
    expect([page.status, page.headers['content-security-policy'], page.headers['strict-transport-security']]).toEqual([200, contentSecurityPolicy, 'max-age=31536000']);
    expect(page.body).toContain('<title>Office</title>');
    expect((await office.call('GET', '/tills')).body).toContain('<title>Office</title>');
    expect((await office.call('GET', '/missing.js')).status).toBe(404);
    // A path without an extension is the page's own address: the page, never a file outside.
    expect((await office.call('GET', '/%2e%2e/%2e%2e/etc/passwd')).body).not.toContain('root:');
    const outside = join(pageRoot, '..', `outside-${process.pid}.js`);
    writeFileSync(outside, 'secret');
    try {
      expect((await office.call('GET', `/%2e%2e/outside-${process.pid}.js`)).status).toBe(404);
    } finally {
      rmSync(outside);
    }
    expect((await office.call('GET', '/api/nothing')).status).toBe(404);
  });
});
