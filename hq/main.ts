import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createI18n, localeFromEnvironment } from '../shared/i18n/create-i18n';
import { migrate } from './db/migrate';
import { startOfficeService, type OfficeService } from './http/server';
import { mountedReadRoutes } from './office/mounted-reads';
import { addManager, readPasswordLine } from './start/add-manager';
import { officeCertificate } from './start/certificate';
import { FlagError, parseHqFlags } from './start/flags';
import { NoPostgresError, startOwnPostgres, type OwnPostgres } from './start/own-postgres';

/**
 * `npm run hq [-- flags]`: the shop office on DATABASE_URL (or a PostgreSQL of its own in the
 * data folder), migrated at start, over HTTPS with its own certificate. Exit codes: 2 a bad
 * flag, 3 no database, 4 no PostgreSQL programs, 5 the port is taken, 6 an office person not
 * added, 1 anything else.
 */
const addManagerRefusals = { passwordShort: 'hq.passwordShort', nameTaken: 'hq.nameTaken' } as const;

async function main(): Promise<void> {
  const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  const fail = (line: string, code: number): never => {
    process.stderr.write(`${line}\n`);
    process.exit(code);
  };
  let flags;
  try {
    flags = parseHqFlags(process.argv.slice(2), process.env, join(import.meta.dirname, '..'));
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    return fail(t('hq.badFlag', { detail: error.message }), 2);
  }
  // JSON lines on standard error; the request bodies (tokens, codes, passwords) are never logged.
  const logger = pino({ level: 'info' }, pino.destination(2));

  let own: OwnPostgres | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    try {
      own = await startOwnPostgres(flags.dataDir);
    } catch (error) {
      if (error instanceof NoPostgresError) return fail(t('hq.noPostgres'), 4);
      throw error;
    }
    url = own.url;
    say(t('hq.ownDatabase', { folder: join(flags.dataDir, 'postgres') }));
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closed (a restart of PostgreSQL): the pool makes a new one.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  let service: OfficeService | undefined;
  const stop = async () => {
    await service?.close();
    await pool.end();
    own?.stop();
  };
  try {
    await migrate(pool);
  } catch (error) {
    await stop();
    return fail(t('hq.databaseUnreachable', { detail: (error as Error).message }), 3);
  }

  if (flags.addManager !== undefined) {
    if (process.stdin.isTTY) say(t('hq.passwordPrompt', { name: flags.addManager }));
    const outcome = await addManager(pool, flags.addManager, await readPasswordLine(process.stdin));
    await stop();
    if (outcome !== 'added') return fail(t(addManagerRefusals[outcome], { name: flags.addManager }), 6);
    say(t('hq.personAdded', { name: flags.addManager }));
    return;
  }

  const certificate = await officeCertificate(flags.dataDir, [flags.host]);
  try {
    service = await startOfficeService({ pool, certificate, host: flags.host, port: flags.port, pageRoot: flags.pageRoot, readRoutes: mountedReadRoutes, logger });
  } catch (error) {
    await stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return fail(t('hq.portTaken', { port: flags.port }), 5);
    throw error;
  }
  say(t('hq.running', { url: service.url }));
  say(t('hq.fingerprint', { fingerprint: certificate.fingerprint }));
  say(t('hq.stop'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t('hq.failed', { detail: (error as Error).message })}\n`);
  process.exit(1);
});
