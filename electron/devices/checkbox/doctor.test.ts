import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from './doctor';
import { startCheckboxSimulator, type CheckboxSimulator } from './simulator/server';

describe('the Checkbox doctor (the installer’s Test) against the training server', () => {
  let simulator: CheckboxSimulator;
  beforeAll(async () => {
    simulator = await startCheckboxSimulator();
  });
  afterAll(async () => simulator.close());

  const options = (overrides: { licenseKey?: string; pin?: string } = {}) => ({ url: simulator.url, licenseKey: overrides.licenseKey ?? simulator.service.identity.licenseKey, signIn: { pin: overrides.pin ?? simulator.service.identity.pin } });

  it('reads the register, signs in, checks the signature agent and the shift', async () => {
    expect(await diagnose(options())).toEqual([
      { name: 'reachable', ok: true, message: 'doctor.reachable', values: { address: new URL(simulator.url).host } },
      { name: 'integration', ok: true, message: 'doctor.identity', values: { model: 'Checkbox', factory: 'TEST400061', company: 'Навчальна каса' } },
      { name: 'login', ok: true, message: 'doctor.loggedIn' },
      { name: 'shift', ok: true, message: 'doctor.shiftClosed' },
    ]);
  });

  it('stops at a wrong licence key, a wrong PIN, a stopped signature agent', async () => {
    expect((await diagnose(options({ licenseKey: 'wrong' }))).at(-1)).toMatchObject({ name: 'integration', ok: false, values: { code: 'auth_license' } });
    expect((await diagnose(options({ pin: '1111' }))).at(-1)).toMatchObject({ name: 'login', ok: false, message: 'doctor.wrongPassword', values: { code: 'auth_pin' } });
    simulator.service.signerDown = true;
    expect((await diagnose(options())).at(-1)).toMatchObject({ name: 'login', ok: false, values: { code: 'signer_down' } });
    simulator.service.signerDown = false;
  });

  it('says unreachable when nothing answers', async () => {
    const closed = await startCheckboxSimulator();
    const url = closed.url;
    await closed.close();
    expect(await diagnose({ ...options(), url })).toMatchObject([{ name: 'reachable', ok: false, message: 'doctor.unreachable' }]);
  });
});
