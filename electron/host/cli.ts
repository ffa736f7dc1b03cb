import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productName } from '../../package.json';
import { createI18n, localeFromEnvironment } from '../../shared/i18n/create-i18n';
import { createApp } from '../app/create-app';
import { openAppLog } from '../app/logger';
import { DatabaseTooNewError } from '../db/migrate';
import { defaultDataDir } from './default-data-dir';
import { FlagError, parseHostFlags } from './flags';
import { startSummary } from './start-summary';
import { startWebHost } from './web-host';

/** `node out/main/host.js [--port N] [--data-dir DIR]`: the app for a browser, on loopback. */
async function main(): Promise<void> {
  const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
  let flags;
  try {
    flags = parseHostFlags(process.argv.slice(2), process.env, defaultDataDir(productName, process.env, process.platform));
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    console.error(t('cli.badFlag', { detail: error.message }));
    process.exit(2);
  }
  const log = openAppLog(flags.dataDir, { host: 'web', stderr: true });
  const logger = log.logger;
  let app;
  try {
    app = await createApp({ host: 'web', dataDir: flags.dataDir, logger, deviceUrl: flags.deviceUrl });
  } catch (error) {
    if (!(error instanceof DatabaseTooNewError)) throw error;
    console.error(t('db.tooNew', { found: error.found, known: error.known }));
    process.exit(1);
  }
  const host = await startWebHost({
    dispatch: app.dispatch,
    bus: app.context.bus,
    logger,
    port: flags.port,
    rendererDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer'),
  });
  // Tests read this line to find the address; keep its shape. It goes to stdout for the person
  // who started the host, never into the log: the address carries the run's token.
  console.log(t('cli.serving', { url: host.url }));
  const logFile = join(log.dir, 'web.log');
  for (const line of startSummary(t, { device: app.context.device.status(), dataDir: flags.dataDir, logFile })) console.log(line);
  const stop = () => {
    void host
      .close()
      .then(() => app.close())
      .then(() => log.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
