import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createI18n, localeFromEnvironment } from '../../shared/i18n/create-i18n';
import { checkDataFolder } from './data-folder';
import { checkDevice } from '../devices/registry';

/** `npm run doctor -- [--url http://<device>:5544 [--username U --password P] [--session]] [--data-dir DIR]` */
const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
const Flags = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional(),
    'data-dir': z.string().min(1).optional(),
    username: z.string().default('username'),
    password: z.string().default('password'),
    session: z.boolean().default(false),
  })
  .refine((flags) => flags.url !== undefined || flags['data-dir'] !== undefined, { path: ['url'], message: 'give --url, --data-dir or both' });

let flags: z.infer<typeof Flags>;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { url: { type: 'string' }, 'data-dir': { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, session: { type: 'boolean' } },
  });
  flags = Flags.parse(values);
} catch (error) {
  const detail = error instanceof z.ZodError ? error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message;
  console.error(t('cli.badFlag', { detail }));
  process.exit(2);
}

const lines: { ok: boolean; text: string }[] = [];
if (flags['data-dir']) for (const check of checkDataFolder(flags['data-dir'])) lines.push({ ok: check.ok, text: t(check.message, check.values) });
if (flags.url) {
  const config = { url: flags.url, username: flags.username, auth: flags.session ? 'session' : 'integration' };
  // The doctor's flags are a Caspos device's settings: the only system with a driver today.
  for (const check of await checkDevice('caspos', config, { password: flags.password })) lines.push({ ok: check.ok, text: t(check.message, check.values ?? {}) });
}
for (const line of lines) console.log(`${line.ok ? '✓' : '✗'} ${line.text}`);
process.exitCode = lines.every((line) => line.ok) ? 0 : 1;
