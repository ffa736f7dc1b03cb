import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import { BackupSkippedError, dayOfBackup, localDay, pruneBackups, removeBackup, takeBackup } from './backups';

export interface DailyBackupOptions {
  db: Db;
  dataDir: string;
  /** How many days of backups to keep (the `backupDays` setting), read at each run. */
  keep: () => number;
  logger: Logger;
  now: () => Date;
  /** How often to refresh the backup; an hour, so it is never far behind the journal. */
  checkEveryMs?: number;
  /** Removes no backup (a database opened from the recovery screen: the older ones may be all that is left of the shop's history). */
  keepEveryBackup?: boolean;
  /** Free bytes a backup must leave on the disk beyond its own size (tests ask for more than any disk has). */
  spareBytes?: number;
}

export interface DailyBackups {
  /** The run under way (or the last one), settled whatever it met: for tests and for closing. */
  settled(): Promise<void>;
  /** No new run starts and a copy under way is abandoned (its partial file deleted): quitting never waits on a backup. */
  stop(): Promise<void>;
}

const hourMs = 3_600_000;

/** Thrown between two steps of a copy once the app quits. */
class BackupAbandoned extends Error {}

/**
 * A backup file made at start and refreshed hourly while the app runs and the database changes;
 * the backups of the newest `keep` days are kept. Each start makes a new file and never replaces
 * another run's: the database this run opened may be an empty new one, or one restored from an
 * older backup, and the earlier files are the only copies of what they hold. Within a run, the
 * refreshed copy replaces the run's own earlier one of the same day, which it contains (the same
 * database, later). Every failure (disk full, folder gone) is caught and logged: a backup must
 * never stop the till, and the next hour tries again.
 */
export function startDailyBackups(options: DailyBackupOptions): DailyBackups {
  const log = options.logger.child({ module: 'backup' });
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const changes = options.db.prepare('SELECT total_changes()').pluck();
  let changesAtBackup: unknown;
  /** This run's newest backup. */
  let own: string | undefined;
  const once = async () => {
    const at = options.now();
    const before = changes.get();
    // Refreshed at each run (the start, then hourly) once anything was written, so the newest
    // file lags the journal by an hour at most; an unchanged database is not copied again.
    if (own !== undefined && before === changesAtBackup) return;
    const onStep = () => {
      if (stopped) throw new BackupAbandoned('the app is quitting');
    };
    const sameDay = own !== undefined && dayOfBackup(own) === localDay(at);
    const made = await takeBackup(options.db, options.dataDir, at, { replaces: sameDay ? own : undefined, spareBytes: options.spareBytes, onStep });
    if (sameDay && own !== made) removeBackup(options.dataDir, own!);
    own = made;
    changesAtBackup = before;
    const removed = options.keepEveryBackup ? [] : pruneBackups(options.dataDir, options.keep());
    log.info({ made, removed }, 'backup made');
  };
  const run = () => {
    if (stopped) return;
    running = running.then(once).catch((error: unknown) => {
      if (error instanceof BackupAbandoned) log.info('backup abandoned: the app is quitting');
      else if (error instanceof BackupSkippedError) log.warn({ freeBytes: error.freeBytes, neededBytes: error.neededBytes }, 'backup skipped: too little free disk space');
      else log.error({ err: error }, 'backup failed');
    });
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
