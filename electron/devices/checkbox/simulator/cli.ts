import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createI18n, localeFromEnvironment } from '../../../../shared/i18n/create-i18n';
import { isLoopbackHost } from '../../loopback';
import { startCheckboxSimulator } from './server';

/**
 * `npm run device:checkbox -- --port 8061`: the training server on its own, for trying the app
 * or the contract suite against it.
 *   --host 127.0.0.x   loopback only     --memory FILE   keep the fiscal memory across restarts
 */
const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;

const Flags = z.object({
  host: z.string().refine(isLoopbackHost, 'loopback addresses only (127.0.0.0/8)').default('127.0.0.61'),
  port: z.coerce.number().int().min(0).max(65535).default(8061),
  memory: z.string().optional(),
});

let flags: z.infer<typeof Flags>;
try {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { host: { type: 'string' }, port: { type: 'string' }, memory: { type: 'string' } } });
  const parsed = Flags.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  flags = parsed.data;
} catch (error) {
  console.error(t('cli.badFlag', { detail: (error as Error).message }));
  process.exit(2);
}

const server = await startCheckboxSimulator({ host: flags.host, port: flags.port, memoryFile: flags.memory });
const { licenseKey, pin } = server.service.identity;
console.log(t('checkbox.training.listening', { url: server.url, licenseKey, pin }));
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
