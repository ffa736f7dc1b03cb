import { describe, expect, it } from 'vitest';
import { DeviceKind } from '../../../shared/device';
import { descriptorOf } from '../../devices/registry';
import { defaultFaultRates, runTorture } from './run-torture';

/**
 * The journal's promise under fire: 60 SIGKILLs at random moments while selling against a
 * training device that drops, garbles and delays answers. TORTURE_SEED replays a run. The run is
 * bounded by its counts of kills and sales, never by the clock: a loaded machine makes it slower,
 * not wrong. The timeouts are a last guard against a hang, not the measure of success. Every
 * registered system with a training device is tortured alike.
 */
const seed = Number(process.env.TORTURE_SEED ?? Date.now() % 1_000_000);
const lastResortMs = 30 * 60_000;

const tortured = DeviceKind.options.filter((kind) => descriptorOf(kind)?.training);

describe.each(tortured)('crash torture of the %s training device', (kind) => {
  it('loses no document and fiscalises none twice through 60 kills and injected faults', { timeout: lastResortMs }, async () => {
    const started = Date.now();
    const report = await runTorture({ kind, kills: 60, sales: 300, seed, faultRates: defaultFaultRates, killAfterMs: [200, 1600] });
    const faults = Object.values(report.faults).reduce((sum, n) => sum + n, 0);
    console.log(
      `[torture] ${kind}, seed ${seed}: ${report.sales} sales (${report.done} done, ${report.rejected} rejected), ${report.kills} kills, ` +
        `${faults} faults ${JSON.stringify(report.faults)}, ${report.recovered} recovered, ${report.duplicatesAvoided} duplicates avoided, ` +
        `${report.deviceDocuments} documents on the device, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(60);
    expect(report.sales).toBeGreaterThanOrEqual(300);
    expect(report.deviceDocuments).toBe(report.done);
    expect(faults).toBeGreaterThan(20);
    expect(report.duplicatesAvoided).toBeGreaterThan(0);
  });

  it('reaches its counts even when every kill timer is shorter than the child needs to start (a loaded machine)', { timeout: lastResortMs }, async () => {
    // 0-5 ms after spawning, no child has even loaded its modules: kill timers measured from the
    // spawn alone never let one sell, and the run would go on until its timeout.
    const report = await runTorture({ kind, kills: 6, sales: 4, seed, faultRates: {}, killAfterMs: [0, 5] });
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(6);
    expect(report.sales).toBeGreaterThanOrEqual(4);
    expect(report.deviceDocuments).toBe(report.done);
  });
});
