import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createI18n, localeFromEnvironment } from '../../../../shared/i18n/create-i18n';
import { seededRandom } from '../../seeded-random';
import { ratedFaults, type RatedFault } from './faults';
import { isLoopbackHost } from '../../loopback';
import { startCasposSimulator } from './server';

/**
 * `npm run device:caspos -- --port 5544`: the training device on its own, for trying the app,
 * the installer's CLI or the contract suite (CASPOS_URL) against it.
 *   --host 127.0.0.x      loopback only
 *   --memory FILE         keep the fiscal memory in a file across restarts
 *   --session --username U --password P   require toLogin with these credentials
 *   --fault-rates dropAfterCommit=0.1,http500=0.05   --fault-operations sale,moneyBack   --seed N
 */
const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;

const FaultRates = z
  .string()
  .transform((text): Record<string, unknown> => {
    const entries = text
      .split(',')
      .filter(Boolean)
      .map((pair): [string, string] => {
        const [kind = '', rate = ''] = pair.split('=');
        return [kind, rate];
      });
    return Object.fromEntries(entries);
  })
  .pipe(z.partialRecord(z.enum(ratedFaults as [RatedFault, ...RatedFault[]]), z.coerce.number().min(0).max(1)));

const Flags = z.object({
  host: z.string().refine(isLoopbackHost, 'loopback addresses only (127.0.0.0/8)').default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(5544),
  memory: z.string().optional(),
  session: z.boolean().default(false),
  username: z.string().default('username'),
  password: z.string().default('password'),
  'fault-rates': FaultRates.optional(),
  'fault-operations': z.string().optional(),
  seed: z.coerce.number().int().optional(),
});

let flags: z.infer<typeof Flags>;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      memory: { type: 'string' },
      session: { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      'fault-rates': { type: 'string' },
      'fault-operations': { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const parsed = Flags.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  flags = parsed.data;
} catch (error) {
  console.error(t('cli.badFlag', { detail: (error as Error).message }));
  process.exit(2);
}

const device = await startCasposSimulator({
  host: flags.host,
  port: flags.port,
  memoryFile: flags.memory,
  settings: { auth: flags.session ? 'session' : 'integration', username: flags.username, password: flags.password },
  random: flags.seed === undefined ? undefined : seededRandom(flags.seed),
});
if (flags['fault-rates']) device.faults.setRates(flags['fault-rates'], flags['fault-operations']?.split(','));
// Tests read this line to find the address; keep its shape.
console.log(t('cli.casposListening', { url: device.url }));
const stop = () => void device.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
