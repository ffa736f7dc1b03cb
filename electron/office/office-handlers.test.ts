import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KassaApp } from '../app/create-app';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { TestOffice } from './testing/test-office';

const tempDir = useTempDirs();
let office: TestOffice;
let app: KassaApp;

beforeEach(async () => {
  office = new TestOffice();
  await office.start();
  app = await startTestApp(tempDir(), { officeSync: { idleMs: 50, backoffMs: [50] } });
});
afterEach(async () => {
  await app.close();
  await office.close();
});

describe('the office channels', () => {
  it('probe, join, push in the background, status, and leave, as the settings screen calls them', async () => {
    expect(await app.dispatch('office.status', {})).toEqual({ ok: true, value: { joined: false } });
    expect(await app.dispatch('office.probe', { address: `${office.address}/` })).toEqual({ ok: true, value: { address: office.address, fingerprint: office.fingerprint } });
    const code = office.enrolmentCode().toLowerCase();
    const joined = await app.dispatch('office.join', { address: office.address, fingerprint: office.fingerprint, code, tillName: 'Kassa 3' });
    expect(joined).toMatchObject({ ok: true, value: { joined: true, shopName: office.shopName, tillName: 'Kassa 3', fingerprint: office.fingerprint } });
    expect(await app.dispatch('office.join', { address: office.address, fingerprint: office.fingerprint, code: office.enrolmentCode(), tillName: 'Kassa 3' })).toMatchObject({
      ok: false,
      error: { code: 'office_joined' },
    });

    // The background round pushes the backfilled history (the manager's sign-in, at least) by itself.
    const status = async () => ((await app.dispatch('office.status', {})) as { value: { waiting: number; lastPushAt: string | null } }).value;
    await expect.poll(async () => (await status()).waiting, { timeout: 20_000 }).toBe(0);
    expect((await status()).lastPushAt).not.toBeNull();
    expect(office.storedOf('audit')).toBeGreaterThan(0);
    expect(await app.dispatch('office.conflicts', {})).toEqual({ ok: true, value: [] });

    expect(await app.dispatch('office.leave', {})).toEqual({ ok: true, value: { officeTold: true } });
    expect(await app.dispatch('office.status', {})).toEqual({ ok: true, value: { joined: false } });
  });

  it('says why a join failed, in codes the screen words: an unknown code, another certificate, a bad address', async () => {
    expect(await app.dispatch('office.join', { address: office.address, fingerprint: office.fingerprint, code: 'AAAA-BBBB', tillName: 'Kassa 3' })).toMatchObject({
      ok: false,
      error: { code: 'office_failed', details: { problem: 'enrolmentCodeUnknown' } },
    });
    const other = `${'AB:'.repeat(31)}AB`;
    expect(await app.dispatch('office.join', { address: office.address, fingerprint: other, code: office.enrolmentCode(), tillName: 'Kassa 3' })).toMatchObject({
      ok: false,
      error: { code: 'office_failed', details: { problem: 'certificateChanged' } },
    });
    expect(await app.dispatch('office.probe', { address: 'http://127.0.0.1:1' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.dispatch('office.probe', { address: 'https://127.0.0.1:1' })).toMatchObject({ ok: false, error: { code: 'office_failed', details: { problem: 'unreachable' } } });
    expect(await app.dispatch('office.status', {})).toEqual({ ok: true, value: { joined: false } });
  });
});
