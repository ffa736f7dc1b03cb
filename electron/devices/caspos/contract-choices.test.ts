import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTs } from '../../testing/spawn-ts';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';

/**
 * Issue 15's "done when": the contract suite, pointed at a device that answers otherwise on every
 * point the document leaves open, passes on what the document states and prints the rest as that
 * device's own choices. The suite runs as an installer runs it, with CASPOS_URL, in a child.
 */
let other: CasposSimulator;
beforeAll(async () => {
  other = await startCasposSimulator({ host: '127.0.0.102', settings: { openingFloat: 'notBooked', silentPoints: 'other' } });
});
afterAll(async () => other.close());

describe('the contract suite against a device that chose otherwise where the document is silent', () => {
  it('fails on nothing, and names each choice with the device’s own answer', async () => {
    const run = await runTs('node_modules/vitest/vitest.mjs', ['run', 'electron/devices/caspos/contract.test.ts'], { CASPOS_URL: other.url });
    const printed = run.out + run.err;
    expect(run.code, printed.slice(-3000)).toBe(0);
    for (const choice of [
      'a second openShift: training device refuses with 503; this device 999 «Növbə artıq açıqdır»',
      'training device refuses with 628; this device 627 «sale doc for rollback cannot be found»',
      'a rollback whose VAT groups are not the parent’s (its sum is right): training device refuses with 613; this device done',
      'the opening float as a deposit (X report cash-in): training device {"count":2,"total":6000}; this device {"count":1,"total":5000}',
    ]) {
      expect(printed).toContain(choice);
    }
  }, 180_000);
});
