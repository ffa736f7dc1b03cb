import { afterEach } from 'vitest';
import { createApp, type AppOptions, type KassaApp } from '../app/create-app';
import { openAppLog, type AppLog } from '../app/logger';
import { signInTestManager } from './test-app';

export interface LoggedApp {
  app: KassaApp;
  log: AppLog;
  /** Closes the app, then its log; once, however often it is called. */
  close: () => Promise<void>;
}

/**
 * The real app writing its real log files into `<dataDir>/logs`, as the web host starts it,
 * with the test manager signed in; whatever a test leaves open is closed after it.
 */
export function useLoggedApps(): (dataDir: string, options?: Partial<AppOptions>) => Promise<LoggedApp> {
  const open: LoggedApp[] = [];
  afterEach(async () => {
    for (const started of open.splice(0)) await started.close();
  });
  return async (dataDir, options = {}) => {
    const log = openAppLog(dataDir, { host: 'web', stderr: false });
    const app = await createApp({ host: 'web', dataDir, logger: log.logger, ...options });
    await signInTestManager(app);
    let closing: Promise<void> | undefined;
    const started = { app, log, close: () => (closing ??= app.close().then(() => log.close())) };
    open.push(started);
    return started;
  };
}
