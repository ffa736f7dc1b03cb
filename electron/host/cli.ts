import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productName } from '../../package.json';
import { createI18n, localeFromEnvironment } from '../../shared/i18n/create-i18n';
import { openAppLog, logsDirOf, type AppLog } from '../app/logger';
import { guardProcess } from '../app/process-guard';
import { backupsDirOf } from '../backup/backups';
import { databaseFileName } from '../db/open';
import { DeviceFileError, readDeviceFile } from '../devices/device-file';
import { startKassa } from '../startup/start-kassa';
import { exitCodeOf, startupFailureKind, startupFailureLine } from '../startup/startup-failure';
import { defaultDataDir } from './default-data-dir';
import { FlagError, parseHostFlags } from './flags';
import { startSummary } from './start-summary';
import { importFileReceiver } from './import-file-receiver';
import { startWebHost } from './web-host';

/** `node out/main/host.js [--port N] [--data-dir DIR]`: the app for a browser, on loopback. */
async function main(): Promise<void> {
  const t = createI18n(localeFromEnvironment(process.env.KASSA_LOCALE ?? process.env.LANG)).t;
  let flags;
  let device;
  try {
    flags = parseHostFlags(process.argv.slice(2), process.env, defaultDataDir(productName, process.env, process.platform));
    device = flags.deviceFile === undefined ? undefined : readDeviceFile(flags.deviceFile);
  } catch (error) {
    if (!(error instanceof FlagError) && !(error instanceof DeviceFileError)) throw error;
    console.error(t('cli.badFlag', { detail: error.message }));
    process.exit(2);
  }
  const { dataDir, port } = flags;
  let log: AppLog | undefined;
  /** One line for the person, its exit code; the stack only in the log file (when there is one). */
  const fail = async (error: unknown): Promise<never> => {
    log?.logger.fatal({ err: error }, 'start failed');
    await log?.close();
    // Before the log is open the folder itself failed; after, the database did.
    const file = log ? join(dataDir, databaseFileName) : dataDir;
    console.error(startupFailureLine(t, error, { file, backups: backupsDirOf(dataDir), logs: logsDirOf(dataDir), port }));
    process.exit(exitCodeOf[startupFailureKind(error)]);
  };
  let kassa;
  let host;
  try {
    log = openAppLog(dataDir, { host: 'web', stderr: true });
    kassa = await startKassa({ host: 'web', dataDir, logger: log.logger, deviceUrl: flags.deviceUrl, training: flags.training, device });
    host = await startWebHost({
      dispatch: kassa.dispatch,
      bus: kassa.bus,
      logger: log.logger,
      port,
      rendererDir: join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer'),
      receiveImportFile: importFileReceiver(kassa),
    });
  } catch (error) {
    await kassa?.close().catch(() => undefined);
    return fail(error);
  }
  // Once the app runs, nothing that escapes may stop the till (start-up failures still end it).
  guardProcess(process, log.logger).surfaceOn(kassa.bus);
  // A large journal is checked while the sale screen paints; a damaged verdict ends the app as at open.
  void kassa.running.then((app) => app.journalVerified).catch(fail);
  // Tests read this line to find the address; keep its shape. It goes to stdout for the person
  // who started the host, never into the log: the address carries the run's token.
  console.log(t('cli.serving', { url: host.url }));
  const running = kassa.problem() ? undefined : await kassa.running;
  if (running) {
    const logFile = join(logsDirOf(dataDir), 'web.log');
    for (const line of startSummary(t, { device: running.context.device.status(), dataDir, logFile })) console.log(line);
  } else {
    console.log(t('startup.waiting', { folder: dataDir }));
  }
  const stop = () => {
    void host
      .close()
      .then(() => kassa.close())
      .catch((error: unknown) => log?.logger.error({ err: error }, 'closing failed'))
      .then(() => log?.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
