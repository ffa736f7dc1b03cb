import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DeviceKind } from '../shared/device';
import { descriptorOf } from '../electron/devices/registry';
import { runSyncTorture } from '../e2e/sync-torture';
import { noTestServer } from '../hq/testing/postgres';

/**
 * `npm run torture:sync -- [--sales 600] [--till-kills 40] [--office-kills 10] [--drop 0.3] [--seed N]`:
 * issue 21's sync torture, bigger than the one in npm test. Needs KASSA_TEST_DATABASE_URL.
 */
const Flags = z.object({
  sales: z.coerce.number().int().positive().default(600),
  tillKills: z.coerce.number().int().nonnegative().default(40),
  officeKills: z.coerce.number().int().nonnegative().default(10),
  drop: z.coerce.number().min(0).max(0.9).default(0.3),
  seed: z.coerce.number().int().default(Date.now() % 1_000_000),
});
const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: { sales: { type: 'string' }, 'till-kills': { type: 'string' }, 'office-kills': { type: 'string' }, drop: { type: 'string' }, seed: { type: 'string' } },
});
const parsed = Flags.safeParse({ sales: values.sales, tillKills: values['till-kills'], officeKills: values['office-kills'], drop: values.drop, seed: values.seed });
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
  process.exit(2);
}
if (noTestServer) {
  console.error(`sync torture not run: ${noTestServer}`);
  process.exit(3);
}
const flags = parsed.data;
const training = DeviceKind.options.filter((kind) => descriptorOf(kind)?.training);
const kinds = [0, 1, 2].map((index) => training[index % training.length]!) as [DeviceKind, DeviceKind, DeviceKind];

console.log(`sync torture: three tills (${kinds.join(', ')}), one office; at least ${flags.sales} documents, ${flags.tillKills} till kills, ${flags.officeKills} office kills, ${flags.drop * 100}% of answers dropped, seed ${flags.seed}`);
const started = Date.now();
const report = await runSyncTorture({ kinds, sales: flags.sales, tillKills: flags.tillKills, officeKills: flags.officeKills, dropRate: flags.drop, seed: flags.seed, log: console.log });
console.log(`documents settled in the journals ${report.journalDocuments}; in PostgreSQL ${report.officeDocuments}; push conflicts ${report.pushConflicts}`);
console.log(`kills: tills ${report.tillKills}, office ${report.officeKills}; catalogue edits ${report.catalogueEdits} (${report.officeProducts} products at the end)`);
console.log(`wire: ${report.wire.forwarded} answers passed, ${report.wire.dropped} dropped (${report.wire.droppedPushes} of a push), ${report.wire.unreachable} requests to a dead office`);
console.log(`time ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (report.problems.length > 0) {
  console.log(`PROBLEMS (${report.problems.length}):\n${report.problems.slice(0, 50).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('no document lost, none twice, every figure equal, no push conflict; every till holds the office catalogue');
}
