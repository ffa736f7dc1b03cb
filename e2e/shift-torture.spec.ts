import { expect, test } from '@playwright/test';
import { DeviceKind } from '../shared/device';
import { descriptorOf } from '../electron/devices/registry';
import { defaultFaultRates } from '../electron/journal/torture/run-torture';
import { runShiftTorture } from './shift-torture';

/**
 * The web host’s shift under fire, for every system with a training device: 20 SIGKILLs of the
 * host while it sells over HTTP, the device dropping and garbling answers, then the Z report.
 * `npm run torture:shift -- --device <kind>` runs it longer. SHIFT_TORTURE_SEED replays a run.
 */
const seed = Number(process.env.SHIFT_TORTURE_SEED ?? Date.now() % 1_000_000);

for (const kind of DeviceKind.options.filter((k) => descriptorOf(k)?.training)) {
  test(`a shift on the ${kind} training device survives 20 kills of the web host: nothing lost, nothing twice, a Z report without a difference`, async () => {
    test.setTimeout(15 * 60_000);
    const report = await runShiftTorture({ kind, kills: 20, sales: 60, seed, faultRates: defaultFaultRates });
    console.log(`[shift torture] ${kind}, seed ${seed}: ${report.sales} documents (${report.done} done), ${report.kills} kills, faults ${JSON.stringify(report.faults)}, ${report.duplicatesAvoided} duplicates avoided`);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBeGreaterThanOrEqual(20);
    expect(report.sales).toBeGreaterThanOrEqual(60);
    expect(report.deviceDocuments).toBe(report.done);
    expect(report.zDifferences).toBe(0);
    expect(report.zSales).toBe(report.done);
  });
}
