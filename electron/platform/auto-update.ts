import { app } from 'electron';
import electronUpdater from 'electron-updater';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../app/logger';
import { scheduleUpdateChecks } from '../app/update-checks';
import { updateFeedRefusal } from '../app/update-feed';
import type { Settings } from '../settings/settings';

/**
 * Automatic updates of the installed desktop app (electron-updater, NSIS), while the shop's
 * setting `autoUpdate` is on. A found update downloads in the background and installs when the
 * app is closed; the running app is never quit or restarted for it, and no updater error
 * reaches the cashier. The server is the one built into the installer (README: Installers):
 * an installer built without one has no `app-update.yml` and never asks, and one whose server is
 * not https is refused (update-feed.ts). A signed installer's updates must carry the same
 * Authenticode publisher (README: Code signing), which electron-updater checks before installing.
 */
export function startAutoUpdate(settings: Settings, logger: Logger): () => void {
  const log = logger.child({ module: 'updates' });
  if (!app.isPackaged) {
    log.info('not an installed app: no automatic updates');
    return () => undefined;
  }
  // A CommonJS package whose named export Node's ESM loader cannot see (electron-builder #7976).
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = {
    info: (message?: unknown) => log.info(String(message)),
    warn: (message?: unknown) => log.warn(String(message)),
    error: (message?: unknown) => log.error(String(message)),
    debug: (message: string) => log.debug(message),
  };
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (error) => log.warn({ err: error }, 'updater failed; the app goes on'));
  autoUpdater.on('update-downloaded', (info) => log.info({ version: info.version }, 'update downloaded; it installs when the app is closed'));
  const feed = join(process.resourcesPath, 'app-update.yml');
  return scheduleUpdateChecks({
    enabled: () => settings.get('autoUpdate'),
    check: async () => {
      if (!existsSync(feed)) {
        log.info('this installer was built without an update server');
        return;
      }
      const refusal = updateFeedRefusal(await readFile(feed, 'utf8'));
      if (refusal) {
        log.warn({ reason: refusal }, 'update feed refused: no updates from it');
        return;
      }
      await autoUpdater.checkForUpdates();
    },
    logger,
  });
}
