import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createI18n, localeFromEnvironment } from '../../shared/i18n/create-i18n';
import { diagnose } from './diagnose';

/** `npm run doctor -- --url http://<device>:5544 [--username U --password P] [--session]` */
const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
const Flags = z.object({
  url: z.url({ protocol: /^https?$/ }),
  username: z.string().default('username'),
  password: z.string().default('password'),
  session: z.boolean().default(false),
});

let flags: z.infer<typeof Flags>;
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { url: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, session: { type: 'boolean' } },
  });
  flags = Flags.parse(values);
} catch (error) {
  const detail = error instanceof z.ZodError ? error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message;
  console.error(t('cli.badFlag', { detail }));
  process.exit(2);
}

const checks = await diagnose(flags);
for (const check of checks) console.log(`${check.ok ? '✓' : '✗'} ${t(check.message, check.values ?? {})}`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
