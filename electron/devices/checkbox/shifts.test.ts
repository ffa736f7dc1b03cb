import { afterEach, describe, expect, it } from 'vitest';
import { cashier, startHarness, type Harness } from './testing/harness';

describe('Checkbox shift opening (drivers/checkbox.md §2: our UUID, looked up after a lost answer)', () => {
  let h: Harness | undefined;
  afterEach(async () => h?.close());

  it('settles a lost answer by GET /shifts/{id}: one shift, no second POST', async () => {
    h = await startHarness({ settings: { shiftPolls: 2 } });
    h.simulator.faults.next({ kind: 'dropAfterCommit' }, 'openShift');
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
    expect(h.simulator.memory.shifts).toHaveLength(1);
    expect(h.simulator.memory.shifts[0]).toMatchObject({ status: 'OPENED' });
    expect(h.simulator.received.filter((r) => r.method === 'POST' && r.path.endsWith('/shifts'))).toHaveLength(1);
  });

  it('calls an opening whose request never arrived unknown, and opens nothing', async () => {
    h = await startHarness();
    h.simulator.faults.next({ kind: 'dropBeforeCommit' }, 'openShift');
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'unknown', detail: expect.stringMatching(/not created/) as unknown });
    expect(h.simulator.memory.shifts).toEqual([]);
  });

  it('refuses to open while the signature agent is down, with the cashier’s explanation', async () => {
    h = await startHarness();
    h.simulator.service.signerDown = true;
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'rejected', refusal: { code: 'signer_down', cashier: { action: 'checkbox.errors.signer_down.action' } } });
  });

  it('calls a shift still CREATED after the poll limit unknown, never refused', async () => {
    h = await startHarness({ settings: { shiftPolls: 50 } });
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'unknown', reason: 'pending' });
  });
});
