import { defaultFaultRates, runTorture } from '../electron/journal/torture/run-torture';
import { parseTortureFlags } from '../electron/journal/torture/torture-flags';

/** `npm run torture -- --sales 2000 --kills 300 [--seed N] [--device caspos]`: the crash torture, longer. */
const { kind: device, ...flags } = parseTortureFlags(process.argv.slice(2), { sales: 2000, kills: 300 });

console.log(`crash torture on the ${device} training device: at least ${flags.sales} sales and ${flags.kills} kills, seed ${flags.seed}`);
const started = Date.now();
const report = await runTorture({ ...flags, kind: device, faultRates: defaultFaultRates, killAfterMs: [200, 1600], log: console.log });
const faults = Object.values(report.faults).reduce((sum, n) => sum + n, 0);
console.log(`sales ${report.sales} (done ${report.done}, rejected ${report.rejected})`);
console.log(`kills ${report.kills}`);
console.log(`faults ${faults} ${JSON.stringify(report.faults)}`);
console.log(`recovered ${report.recovered}`);
console.log(`duplicates avoided ${report.duplicatesAvoided}`);
console.log(`documents on the device ${report.deviceDocuments}`);
console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (report.problems.length > 0) {
  console.log(`PROBLEMS (${report.problems.length}):\n${report.problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('no document lost, none fiscalised twice, none left unsettled');
}
