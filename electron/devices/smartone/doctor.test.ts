import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from './doctor';
import { startSmartOneSimulator, trainingMerchantId, type SmartOneSimulator } from './simulator/server';

let simulator: SmartOneSimulator;
let clock = new Date('2026-12-07T06:00:00Z');

beforeAll(async () => {
  simulator = await startSmartOneSimulator({ host: '127.0.0.76', now: () => clock });
});
afterAll(async () => simulator.close());

describe('SmartOne doctor', () => {
  it('walks reachable, signature, identity and shift', async () => {
    expect(await diagnose({ url: simulator.url, merchantId: trainingMerchantId, now: () => clock })).toEqual([
      { name: 'reachable', ok: true, message: 'doctor.reachable', values: { address: `127.0.0.76:${simulator.port}` } },
      { name: 'integration', ok: true, message: 'doctor.identity', values: { model: 'AzSmart (training)', factory: 'TR000001', company: 'Təlim mağazası' } },
      { name: 'shift', ok: true, message: 'doctor.shiftClosed' },
    ]);
  });

  it('says when the shift is older than 24 hours', async () => {
    simulator.device.handle('open_shift', {}, '{}');
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    expect((await diagnose({ url: simulator.url, merchantId: trainingMerchantId, now: () => clock })).at(-1)).toEqual({ name: 'shift', ok: false, message: 'doctor.shiftExpired', values: { hours: 25 } });
  });

  it('stops at a wrong merchant id (the signature refused, code 1)', async () => {
    const checks = await diagnose({ url: simulator.url, merchantId: 'wrong' });
    expect(checks.at(-1)).toEqual({ name: 'integration', ok: false, message: 'doctor.wrongPassword', values: { code: '1' } });
    expect(checks).toHaveLength(2);
  });

  it('stops when nothing listens', async () => {
    const checks = await diagnose({ url: 'http://127.0.0.77:8008', merchantId: trainingMerchantId });
    expect(checks).toEqual([{ name: 'reachable', ok: false, message: 'doctor.unreachable', values: { address: '127.0.0.77:8008', reason: 'ECONNREFUSED' } }]);
  });
});
