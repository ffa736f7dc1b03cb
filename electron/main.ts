import { app, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { PickedPath } from '../shared/catalog-file-import';
import { channelNames } from '../shared/ipc/names';
import { fail } from '../shared/result';
import { wire } from '../shared/ipc/wire';
import { createI18n, localeFromEnvironment } from '../shared/i18n/create-i18n';
import { resultOf } from './app/app-failure';
import type { KassaApp } from './app/create-app';
import { logsDirOf, openAppLog, type AppLog } from './app/logger';
import { guardProcess } from './app/process-guard';
import { backupsDirOf } from './backup/backups';
import { databaseFileName } from './db/open';
import type { Kassa } from './startup/recovery';
import { startKassa } from './startup/start-kassa';
import { exitCodeOf, startupFailureKind, startupFailureLine } from './startup/startup-failure';
import { createSecureWindow, lockDownSessions, sandboxEverything } from './platform/secure-window';
import { openCustomerWindow } from './platform/customer-window';
import { registerAppScheme, serveRenderer } from './platform/app-protocol';
import { shellLocked } from './platform/window-policy';
import { appEntryUrl } from './host/app-url';
import { foreignSenderRefused, senderFrameTrusted } from './ipc/sender-frame';
import { startAutoUpdate } from './platform/auto-update';
import { osSecretBox } from './platform/safe-storage-box';
import { electronSystemPrinter } from './platform/system-printer';
import { readShellFlags } from './platform/shell-flags';

// Both must happen before the app is ready.
sandboxEverything();
registerAppScheme();

const flags = readShellFlags();
if (flags.dataDir) app.setPath('userData', flags.dataDir);

/** A second start (a double click on the shortcut) focuses the running window instead. */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSessions();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  const log = openAppLog(app.getPath('userData'), { host: 'electron', stderr: false });
  const logger = log.logger;
  const dataDir = app.getPath('userData');
  let kassa: KassaApp;
  const failed = async (error: unknown) => {
    logger.fatal({ err: error }, 'start failed');
    const t = createI18n(localeFromEnvironment(app.getLocale())).t;
    const places = { file: join(dataDir, databaseFileName), backups: backupsDirOf(dataDir), logs: logsDirOf(dataDir) };
    dialog.showErrorBox(t('shell.startFailed'), startupFailureLine(t, error, places));
    await log.close();
    app.exit(exitCodeOf[startupFailureKind(error)]);
  };
  try {
    const started = await startKassa({ host: 'electron', dataDir, logger, secrets: osSecretBox(dataDir), systemPrinter: electronSystemPrinter, switchFolder: (folder) => restart(log, ['--data-dir', folder]) });
    if (started.problem()) return await serveRecovery(started, log);
    kassa = await started.running;
  } catch (error) {
    return failed(error);
  }
  // A large journal is checked while the window paints; a damaged verdict ends the app as at open.
  kassa.journalVerified.catch(failed);

  guardProcess(process, logger).surfaceOn(kassa.context.bus);
  // "Start with Windows" follows the setting now and whenever a manager changes it.
  const applyAutoStart = () => app.setLoginItemSettings({ openAtLogin: kassa.context.settings.get('autoStart') });
  applyAutoStart();
  for (const channel of channelNames) {
    ipcMain.handle(wire.ipcInvoke(channel), async (event, input: unknown) => {
      if (!senderFrameTrusted(event.senderFrame)) {
        logger.warn({ channel }, 'call from a frame other than the app’s own page refused');
        return foreignSenderRefused;
      }
      const result = await kassa.dispatch(channel, input);
      if (channel === 'settings.update' && result.ok) applyAutoStart();
      return result;
    });
  }
  ipcMain.handle(wire.ipcImportFile, async (event, path: unknown) => {
    if (!senderFrameTrusted(event.senderFrame)) return foreignSenderRefused;
    const picked = PickedPath.safeParse(path);
    if (!picked.success) return fail('invalid_input', 'A picked file is named by its path');
    return resultOf(() => kassa.context.pickedFiles.adopt(picked.data).then((fileId) => ({ fileId })));
  });
  // A page subscribes by sending on the event channel and then gets the latest state first. A
  // reload subscribes again from the same contents, so the earlier subscription is dropped.
  const subscriptions = new Map<number, () => void>();
  ipcMain.on(wire.ipcEvent, (event) => {
    if (!senderFrameTrusted(event.senderFrame)) return;
    const contents = event.sender;
    subscriptions.get(contents.id)?.();
    const unsubscribe = kassa.context.bus.subscribe((message) => {
      if (!contents.isDestroyed()) contents.send(wire.ipcEvent, message);
    });
    subscriptions.set(contents.id, unsubscribe);
    contents.once('destroyed', () => {
      unsubscribe();
      subscriptions.delete(contents.id);
    });
  });

  const kiosk = flags.kiosk || kassa.context.settings.get('kiosk');
  const locked = shellLocked({ packaged: app.isPackaged, kiosk });
  const window = createSecureWindow({ preload: join(import.meta.dirname, '../preload/preload.cjs'), kiosk, locked });
  window.once('ready-to-show', () => window.show());
  if (kassa.context.settings.get('customerDisplay')) openCustomerWindow(window, { preload: join(import.meta.dirname, '../preload/preload.cjs'), locked });
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  const stopUpdates = startAutoUpdate(kassa.context.settings, logger);
  // Closing the journal, the training device's memory and the log cleanly before Electron exits.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    stopUpdates();
    void kassa
      .close()
      .catch((error: unknown) => logger.error({ err: error }, 'closing failed'))
      .then(() => log.close())
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  await window.loadURL(appEntryUrl);
}

/** The start-up recovery screen (electron/startup/recovery.ts); once a choice is carried out the app starts again on it. */
async function serveRecovery(kassa: Kassa, log: AppLog): Promise<void> {
  for (const channel of channelNames) {
    ipcMain.handle(wire.ipcInvoke(channel), (event, input: unknown) => (senderFrameTrusted(event.senderFrame) ? kassa.dispatch(channel, input) : foreignSenderRefused));
  }
  const locked = shellLocked({ packaged: app.isPackaged, kiosk: flags.kiosk });
  const window = createSecureWindow({ preload: join(import.meta.dirname, '../preload/preload.cjs'), kiosk: flags.kiosk, locked });
  window.once('ready-to-show', () => window.show());
  app.on('window-all-closed', () => app.quit());
  void kassa.running.then((running) => running.close()).then(() => restart(log, []));
  await window.loadURL(appEntryUrl);
}

function restart(log: AppLog, extraArgs: string[]): void {
  void log.close().then(() => {
    app.relaunch({ args: [...process.argv.slice(1), ...extraArgs] });
    app.exit(0);
  });
}
