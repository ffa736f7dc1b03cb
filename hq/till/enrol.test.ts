import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeError } from '../../shared/office/till-api';
import { sha256 } from '../db/canonical-hash';
import { makeEnrolmentCode } from '../office/enrolment-codes';
import { createShop } from '../office/shops';
import { noTestServer } from '../testing/postgres';
import { startTestOffice, type TestOffice } from '../testing/office-service';

if (noTestServer) console.warn(`office enrolment tests skipped: ${noTestServer}`);

describe.skipIf(noTestServer)('enrolment of a till by a one-time code, over HTTPS', () => {
  let office: TestOffice;
  let shopId: string;
  beforeAll(async () => {
    office = await startTestOffice();
    shopId = (await createShop(office.db.pool, { name: 'Nizami street', localProductsAllowed: false })).id;
  }, 60_000);
  afterAll(async () => office?.stop());

  const enrol = (code: string, tillName = 'Till by the door') => office.call('POST', '/api/till/enrol', { body: { code, tillName, appVersion: '0.1.0' } });
  const errorOf = (body: unknown) => OfficeError.parse(body).error;

  it('answers a till id and a token once; the office keeps only their hashes', async () => {
    const made = await makeEnrolmentCode(office.db.pool, shopId, 24, office.certificate.fingerprint);
    expect(made.certificateFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const reply = await enrol(made.code.toLowerCase());
    expect(reply.status).toBe(200);
    const answer = reply.body as { tillId: string; shopId: string; shopName: string; token: string; localProductsAllowed: boolean };
    expect(answer).toMatchObject({ shopId, shopName: 'Nizami street', localProductsAllowed: false });
    const stored = await office.db.pool.query<{ token_hash: Buffer; name: string }>('SELECT token_hash, name FROM tills WHERE id = $1', [answer.tillId]);
    expect(stored.rows[0]?.name).toBe('Till by the door');
    expect(stored.rows[0]?.token_hash.equals(sha256(answer.token))).toBe(true);
    const dump = JSON.stringify((await office.db.pool.query('SELECT * FROM tills, enrolment_codes')).rows);
    expect(dump).not.toContain(answer.token);
    expect(dump).not.toContain(made.code.replace('-', ''));

    const again = await enrol(made.code);
    expect([again.status, errorOf(again.body)]).toEqual([409, 'enrolmentCodeUsed']);
  });

  it('refuses an unknown code, an expired code and a malformed request with their codes', async () => {
    const unknown = await enrol('ZZZZ-ZZZZ');
    expect([unknown.status, errorOf(unknown.body)]).toEqual([404, 'enrolmentCodeUnknown']);

    const made = await makeEnrolmentCode(office.db.pool, shopId, 1, office.certificate.fingerprint);
    await office.db.pool.query("UPDATE enrolment_codes SET expires_at = now() - interval '1 second' WHERE code_hash = $1", [sha256(made.code.replace('-', ''))]);
    const expired = await enrol(made.code);
    expect([expired.status, errorOf(expired.body)]).toEqual([410, 'enrolmentCodeExpired']);

    const malformed = await office.call('POST', '/api/till/enrol', { body: { code: made.code, tillName: 'x\u0000', appVersion: '1' } });
    expect([malformed.status, errorOf(malformed.body)]).toEqual([400, 'badRequest']);
    const notJson = await office.call('POST', '/api/till/enrol', { raw: '{"code":' });
    expect([notJson.status, errorOf(notJson.body)]).toEqual([400, 'badRequest']);
    const tooLarge = await office.call('POST', '/api/till/enrol', { raw: JSON.stringify({ code: made.code, tillName: 'x'.repeat(100_000), appVersion: '1' }) });
    expect([tooLarge.status, errorOf(tooLarge.body)]).toEqual([413, 'tooLarge']);
    expect((await office.db.pool.query('SELECT count(*)::int AS n FROM tills WHERE name = $1', ['x'])).rows[0]).toEqual({ n: 0 });
  });

  it('gives one till for one code when eight tills race with it', async () => {
    const made = await makeEnrolmentCode(office.db.pool, shopId, 1, office.certificate.fingerprint);
    const replies = await Promise.all(Array.from({ length: 8 }, (_, index) => enrol(made.code, `Racer ${index}`)));
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    expect(replies.filter((reply) => reply.status === 409)).toHaveLength(7);
    expect((await office.db.pool.query("SELECT count(*)::int AS n FROM tills WHERE name LIKE 'Racer %'")).rows[0]).toEqual({ n: 1 });
  });

  it('slows a guesser: after ten unknown codes from one address even a right code waits a minute', async () => {
    const made = await makeEnrolmentCode(office.db.pool, shopId, 1, office.certificate.fingerprint);
    // The earlier test sent one unknown code from this address already.
    for (let index = 0; index < 9; index += 1) expect((await enrol(`ZZZZ-ZZZ${index}`)).status).toBe(404);
    const held = await enrol(made.code);
    expect([held.status, errorOf(held.body)]).toEqual([429, 'unavailable']);
    const used = await office.db.pool.query('SELECT used_at FROM enrolment_codes WHERE code_hash = $1', [sha256(made.code.replace('-', ''))]);
    expect(used.rows).toEqual([{ used_at: null }]);
  });
});
