import { runShiftTorture } from '../e2e/shift-torture';
import { defaultFaultRates } from '../electron/journal/torture/run-torture';
import { parseTortureFlags } from '../electron/journal/torture/torture-flags';

/** `npm run torture:shift -- --sales 300 --kills 50 [--seed N] [--device caspos]`: the web host's shift torture, longer. */
const { kind, ...flags } = parseTortureFlags(process.argv.slice(2), { sales: 300, kills: 50 });

console.log(`shift torture of the web host on the ${kind} training device: at least ${flags.sales} documents and ${flags.kills} kills, seed ${flags.seed}`);
const started = Date.now();
const report = await runShiftTorture({ kind, ...flags, faultRates: defaultFaultRates, log: console.log });
console.log(`documents ${report.sales} (done ${report.done}, rejected ${report.rejected})`);
console.log(`kills ${report.kills}`);
console.log(`faults ${JSON.stringify(report.faults)}`);
console.log(`duplicates avoided ${report.duplicatesAvoided}`);
console.log(`documents on the device ${report.deviceDocuments}; Z report: ${report.zSales} sales, ${report.zDifferences} differences`);
console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
const problems = [...report.problems, ...(report.zDifferences > 0 ? [`the Z report differs from the journal in ${report.zDifferences} figures`] : []), ...(report.zSales !== report.done ? [`the Z report counts ${report.zSales} sales, the journal ${report.done}`] : [])];
if (problems.length > 0) {
  console.log(`PROBLEMS (${problems.length}):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('no document lost, none fiscalised twice, none left unsettled; the Z report agrees');
}
