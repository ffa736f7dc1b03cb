import { isIP } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { safeText } from '../../shared/text/safe-text';

const Flags = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().refine((host) => isIP(host) !== 0, { message: 'an IP address of this computer, such as 127.0.0.1 or the shop network’s' }),
  dataDir: z.string().min(1),
  pageRoot: z.string().min(1),
  addManager: safeText(80).optional(),
});
export type HqFlags = z.infer<typeof Flags>;

export const defaultHqPort = 4880;

/**
 * A service's folder under /var/lib when run as root (the own PostgreSQL runs as the user
 * `postgres`, who cannot pass through /root), else the user's data folder.
 */
function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (process.getuid?.() === 0) return '/var/lib/kassa-office';
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'kassa-office');
}

export class FlagError extends Error {}

/**
 * `--port` / KASSA_HQ_PORT, `--host` (127.0.0.1 unless the shop's LAN address is given, so the
 * office is reachable from the tills only when asked), `--data-dir` / KASSA_HQ_DATA_DIR (the
 * certificate, and the own PostgreSQL when there is no DATABASE_URL), `--page-root` (the built
 * office page), `--add-manager NAME` (adds an office person, password on standard input, and ends).
 */
export function parseHqFlags(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): HqFlags {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, 'page-root': { type: 'string' }, 'add-manager': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new FlagError((error as Error).message);
  }
  const parsed = Flags.safeParse({
    port: values.port ?? env.KASSA_HQ_PORT ?? defaultHqPort,
    host: values.host ?? '127.0.0.1',
    dataDir: values['data-dir'] ?? env.KASSA_HQ_DATA_DIR ?? defaultDataDir(env),
    pageRoot: values['page-root'] ?? join(repoRoot, 'out', 'hq-web'),
    addManager: values['add-manager'],
  });
  if (!parsed.success) throw new FlagError(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
  return parsed.data;
}
