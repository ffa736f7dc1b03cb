import { afterEach, describe, expect, it } from 'vitest';
import { diagnose } from './doctor';
import { cashier } from './testing/documents';
import { bench, type Bench } from './testing/harness';

describe('the SmartX doctor', () => {
  let b: Bench;
  afterEach(async () => b?.close());

  it('finds the register, signs in, names it and reads the shift, with OTHER_INFO only', async () => {
    b = await bench();
    await b.driver.openShift(cashier, 0);
    const before = b.simulator.requests.length;
    const checks = await diagnose(b.config, { pin: '1234' });
    expect(checks.map((check) => [check.name, check.ok, check.message])).toEqual([
      ['reachable', true, 'doctor.reachable'],
      ['login', true, 'doctor.loggedIn'],
      ['integration', true, 'doctor.identity'],
      ['shift', true, 'doctor.shiftOpen'],
    ]);
    expect(new Set(b.simulator.requests.slice(before).map((request) => request.wireName))).toEqual(new Set(['AUTH', 'OTHER_INFO']));
  });

  it('says when the PIN is wrong, and when the shift is past 24 hours', async () => {
    b = await bench();
    expect((await diagnose(b.config, { pin: '9999' })).at(-1)).toMatchObject({ name: 'login', ok: false, message: 'doctor.wrongPassword' });
    await b.driver.openShift(cashier, 0);
    const later = () => new Date(Date.now() + 25 * 3_600_000);
    expect((await diagnose(b.config, { pin: '1234' }, later)).at(-1)).toMatchObject({ name: 'shift', ok: false, message: 'doctor.shiftExpired', values: { hours: 25 } });
  });

  it('says when nothing listens at the address', async () => {
    b = await bench();
    const url = b.config.url;
    await b.close();
    expect(await diagnose({ ...b.config, url }, { pin: '1234' })).toMatchObject([{ name: 'reachable', ok: false, message: 'doctor.unreachable' }]);
  });
});
