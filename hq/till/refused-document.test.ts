import { afterAll, beforeAll, expect, it } from 'vitest';
import { PushAnswer } from '../../shared/office/till-api';
import { createShop } from '../office/shops';
import { documentItems, saleDocument } from '../testing/outbox';
import { noTestServer } from '../testing/postgres';
import { enrolTestTill, startTestOffice, type TestOffice } from '../testing/office-service';

if (noTestServer) console.warn(`refused-document push test skipped: ${noTestServer}`);

let office: TestOffice;
beforeAll(async () => {
  if (!noTestServer) office = await startTestOffice();
}, 60_000);
afterAll(async () => office?.stop());

it.skipIf(noTestServer)('stores a document the device refused with its code in words, once; the same again is a repeat', async () => {
  const shop = await createShop(office.db.pool, { name: 'Shop R', localProductsAllowed: true });
  const till = await enrolTestTill(office, shop.id);
  const refused = saleDocument({ state: 'rejected', errorCode: 'ERROR', errorText: 'refused by the tax service', deviceDocumentId: null, deviceTotal: null });
  const push = async () => {
    const reply = await office.call('POST', '/api/till/push', { token: till.token, body: { drawers: [], items: documentItems([refused]) } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return PushAnswer.parse(reply.body).results.map((result) => result.outcome);
  };
  expect(await push()).toEqual(['stored']);
  expect(await push()).toEqual(['repeat']);
  const row = await office.db.pool.query('SELECT state, error_code, error_text FROM documents WHERE uuid = $1', [refused.uuid]);
  expect(row.rows).toEqual([{ state: 'rejected', error_code: 'ERROR', error_text: 'refused by the tax service' }]);
});
