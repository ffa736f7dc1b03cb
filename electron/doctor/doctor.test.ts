import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashier } from '../devices/caspos/testing/documents';
import { clientFor } from '../devices/caspos/testing/harness';
import { startCasposSimulator, type CasposSimulator } from '../devices/caspos/simulator/server';
import { freePort } from '../testing/free-port';
import { runTs } from '../testing/spawn-ts';

let working: CasposSimulator;
let refusing: CasposSimulator;
let stoppedUrl: string;

beforeAll(async () => {
  working = await startCasposSimulator();
  await clientFor(working.url).openShift(cashier, 0);
  refusing = await startCasposSimulator({ settings: { integrationEnabled: false } });
  // The device at a free port is a stopped one.
  stoppedUrl = `http://127.0.0.1:${await freePort()}/`;
});
afterAll(async () => {
  await working.close();
  await refusing.close();
});

const doctor = (url: string) => runTs('electron/doctor/cli.ts', ['--url', url], { KASSA_LOCALE: 'en' });

describe('npm run doctor', () => {
  it('tells a stopped device, a device refusing the integration service, and a working one apart', async () => {
    const [stopped, refused, fine] = await Promise.all([doctor(stoppedUrl), doctor(refusing.url), doctor(working.url)]);

    expect(stopped.code).toBe(1);
    expect(stopped.out).toMatch(/^✗ Nothing answers at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Check that the device is on/m);
    expect(stopped.out.trim().split('\n')).toHaveLength(1);

    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^✓ The device answers at/m);
    expect(refused.out).toMatch(/^✗ The integration service refuses: on the device, sign in as the cashier and enable "Integration Service"/m);

    expect(fine.code).toBe(0);
    expect(fine.out.trim().split('\n')).toEqual([
      expect.stringMatching(/^✓ The device answers at/),
      expect.stringMatching(/^✓ Integration service works: SUNMI V2s \(TƏLİM \/ TRAINING\), factory number 00TRAINING000000000000001/),
      '✓ The shift is open (0 h).',
      '✓ The printer is connected.',
    ]);
  });
});
