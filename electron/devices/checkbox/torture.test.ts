import { describe, expect, it } from 'vitest';
import { defaultFaultRates, runTorture } from '../../journal/torture/run-torture';

const seed = Number(process.env.TORTURE_SEED ?? Date.now() % 1_000_000);

/**
 * Acceptance check 14 on its own: SIGKILLs of the selling app and the torture's faults against the
 * Checkbox training server, then its memory equals the journal: the same ids, each once, with the
 * journal's bytes (so the same totals per type), nothing left unsettled, and no receipt POSTed
 * again without a lookup first. TORTURE_SEED replays a run; the longer run is
 * `npm run torture -- --device checkbox --sales 2000 --kills 300`.
 */
describe('Checkbox acceptance check 14', () => {
  it('14: a torture run of 10 kills with faults leaves the training server’s memory equal to the journal', { timeout: 15 * 60_000 }, async () => {
    const report = await runTorture({ kind: 'checkbox', kills: 10, sales: 40, seed, faultRates: defaultFaultRates, killAfterMs: [200, 1600] });
    console.log(`[torture] checkbox, seed ${seed}: ${report.sales} documents, ${report.done} done, ${report.kills} kills, faults ${JSON.stringify(report.faults)}`);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(10);
    expect(report.deviceDocuments).toBe(report.done);
  });
});
