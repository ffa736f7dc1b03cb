import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import { pruneBackups, takeBackup } from './backups';

export interface DailyBackupOptions {
  db: Db;
  dataDir: string;
  /** How many backups to keep (the `backupDays` setting), read at each run. */
  keep: () => number;
  logger: Logger;
  now: () => Date;
  /** How often to look whether today's backup exists; an hour, so a day's is never far behind. */
  checkEveryMs?: number;
}

export interface DailyBackups {
  /** The run under way (or the last one), settled whatever it met: for tests and for closing. */
  settled(): Promise<void>;
  /** No new run starts; waits for the current one, since the database closes next. */
  stop(): Promise<void>;
}

const hourMs = 3_600_000;

/**
 * One backup at start and one each new day while the app runs. Every failure (disk full, folder
 * gone) is caught and logged: a backup must never stop the till, and the next hour tries again.
 */
export function startDailyBackups(options: DailyBackupOptions): DailyBackups {
  const log = options.logger.child({ module: 'backup' });
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const once = async () => {
    const made = await takeBackup(options.db, options.dataDir, options.now());
    const removed = pruneBackups(options.dataDir, options.keep());
    if (made || removed.length > 0) log.info({ made, removed }, 'backups');
  };
  const run = () => {
    if (stopped) return;
    running = running.then(once).catch((error: unknown) => log.error({ err: error }, 'backup failed'));
  };
  run();
  const timer = setInterval(run, options.checkEveryMs ?? hourMs);
  timer.unref();
  return {
    settled: () => running,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
