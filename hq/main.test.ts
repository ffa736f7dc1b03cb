import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolAnswer, PushAnswer } from '../shared/office/till-api';
import { Shop } from '../shared/office/office-admin';
import { runHq, startHq, type RunningHq } from './testing/hq-process';
import { callOffice } from './testing/office-service';
import { documentItems, saleDocument } from './testing/outbox';
import { freshDatabase, noTestServer, type TestDatabase } from './testing/postgres';

if (noTestServer) console.warn(`office service process tests skipped: ${noTestServer}`);

const stopped = (hq: RunningHq, signal: NodeJS.Signals) => {
  const ended = new Promise<number | null>((resolve) => hq.child.once('exit', (code) => resolve(code)));
  hq.child.kill(signal);
  return ended;
};

describe.skipIf(noTestServer)('npm run hq: the office service as one command', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await freshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'kassa-hq-main-'));
  }, 60_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a manager from standard input, refuses a short password or a taken name in the person’s language', async () => {
    const env = { DATABASE_URL: db.url, KASSA_LOCALE: 'uk' };
    const added = await runHq(['--data-dir', dataDir, '--add-manager', 'Olena'], env, 'a long enough password\n');
    expect([added.code, added.out.trim()]).toEqual([0, 'Olena тепер може входити в офіс.']);
    const again = await runHq(['--data-dir', dataDir, '--add-manager', 'Olena'], env, 'another long password\n');
    expect([again.code, again.err.trim()]).toEqual([6, 'Працівник офісу на ім’я Olena уже є; нікого не додано.']);
    const short = await runHq(['--data-dir', dataDir, '--add-manager', 'Taras'], env, 'short\n');
    expect(short.code).toBe(6);
    const badFlag = await runHq(['--host', 'office.example'], { ...env, KASSA_LOCALE: 'az' });
    expect([badFlag.code, badFlag.err]).toEqual([2, expect.stringMatching(/^Yanlış parametr: --host/)]);
    const noDatabase = await runHq(['--data-dir', dataDir], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', KASSA_LOCALE: 'en' });
    expect([noDatabase.code, noDatabase.err]).toEqual([3, expect.stringMatching(/^The office cannot reach its database/)]);
    const people = await db.pool.query('SELECT name FROM office_people ORDER BY name');
    expect(people.rows).toEqual([{ name: 'Olena' }]);
  }, 60_000);

  it('keeps everything across a SIGKILL and a start again: the certificate, the till’s token, what it pushed', async () => {
    const env = { DATABASE_URL: db.url, KASSA_LOCALE: 'en' };
    let hq = await startHq(dataDir, env);
    const sign = await callOffice(hq.url, hq.certificate, 'POST', '/api/office/session', { body: { name: 'Olena', password: 'a long enough password' } });
    const cookie = String(sign.headers['set-cookie']).split(';')[0];
    const shop = Shop.parse((await callOffice(hq.url, hq.certificate, 'POST', '/api/office/shops', { cookie, body: { name: 'Kyiv' } })).body);
    const code = (await callOffice(hq.url, hq.certificate, 'POST', `/api/office/shops/${shop.id}/enrolment-codes`, { cookie, body: {} })).body as { code: string; certificateFingerprint: string };
    expect(code.certificateFingerprint).toBe(hq.certificate.fingerprint);
    const till = EnrolAnswer.parse((await callOffice(hq.url, hq.certificate, 'POST', '/api/till/enrol', { body: { code: code.code, tillName: 'Till 1', appVersion: '0.1.0' } })).body);
    const items = documentItems(Array.from({ length: 20 }, () => saleDocument()));
    const first = await callOffice(hq.url, hq.certificate, 'POST', '/api/till/push', { token: till.token, body: { drawers: [], items } });
    expect(PushAnswer.parse(first.body).results.every((result) => result.outcome === 'stored')).toBe(true);
    expect(hq.output()).not.toContain(till.token);
    expect(hq.output()).not.toContain(code.code);

    expect(await stopped(hq, 'SIGKILL')).toBeNull();
    hq = await startHq(dataDir, env);
    // The same certificate, so a till's pin still holds; the same token and session still work.
    expect(hq.certificate.fingerprint).toBe(code.certificateFingerprint);
    const repeat = await callOffice(hq.url, hq.certificate, 'POST', '/api/till/push', { token: till.token, body: { drawers: [], items } });
    expect(PushAnswer.parse(repeat.body).results.map((result) => result.outcome)).toEqual(items.map(() => 'repeat'));
    expect((await callOffice(hq.url, hq.certificate, 'GET', '/api/office/tills', { cookie })).status).toBe(200);
    const documents = await db.pool.query('SELECT count(*)::int AS n FROM documents WHERE till_id = $1', [till.tillId]);
    expect(documents.rows).toEqual([{ n: 20 }]);
    expect(await stopped(hq, 'SIGTERM')).toBe(0);
  }, 60_000);
});

const ownPostgresMissing = existsSync('/usr/lib/postgresql') ? undefined : 'Debian’s PostgreSQL programs (/usr/lib/postgresql/*/bin) are not installed';
if (ownPostgresMissing) console.warn(`the office's own PostgreSQL test skipped: ${ownPostgresMissing}`);

describe.skipIf(ownPostgresMissing)('npm run hq without DATABASE_URL', () => {
  it('makes and starts a PostgreSQL of its own in the data folder, keeps it across starts, and stops it on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassa-hq-own-'));
    const env = { DATABASE_URL: '', KASSA_LOCALE: 'en' };
    try {
      const added = await runHq(['--data-dir', dataDir, '--add-manager', 'Ali'], env, 'a long enough password\n');
      expect([added.code, added.out]).toEqual([0, expect.stringContaining('Ali can sign in to the office now.')]);
      const hq = await startHq(dataDir, env);
      expect(hq.output()).toContain(`using a PostgreSQL of its own in ${join(dataDir, 'postgres')}`);
      const sign = await callOffice(hq.url, hq.certificate, 'POST', '/api/office/session', { body: { name: 'Ali', password: 'a long enough password' } });
      expect(sign.status).toBe(200);
      expect(await stopped(hq, 'SIGTERM')).toBe(0);
      expect(existsSync(join(dataDir, 'postgres', 'data', 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
