import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { backupNameOf, backupsDirOf, pruneBackups, takeBackup } from './backups';

export interface DailyBackupOptions {
  db: Db;
  dataDir: string;
  /** How many backups to keep (the `backupDays` setting), read at each run. */
  keep: () => number;
  logger: Logger;
  now: () => Date;
  /** How often to refresh the day's backup; an hour, so it is never far behind the journal. */
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
 * One backup file a day: made at start, refreshed hourly while the app runs and the database
 * changes, and a new one each new day; the newest `keep` are kept. Every failure (disk full, folder
 * gone) is caught and logged: a backup must never stop the till, and the next hour tries again.
 */
export function startDailyBackups(options: DailyBackupOptions): DailyBackups {
  const log = options.logger.child({ module: 'backup' });
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const changes = options.db.prepare('SELECT total_changes()').pluck();
  let changesAtBackup: unknown;
  const once = async () => {
    const at = options.now();
    const before = changes.get();
    // Today's file is refreshed at each run (the start, then hourly) once anything was written,
    // so it lags the journal by an hour at most; an unchanged database is not copied again.
    if (before === changesAtBackup && existsSync(join(backupsDirOf(options.dataDir), backupNameOf(at)))) return;
    const made = await takeBackup(options.db, options.dataDir, at);
    changesAtBackup = before;
    const removed = pruneBackups(options.dataDir, options.keep());
    log.info({ made, removed }, 'backup made');
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
