import type { Logger } from './logger';

export interface UpdateCheckOptions {
  /** Asked before every check: the shop may turn automatic updates on or off while the app runs. */
  enabled: () => boolean;
  /** Asks the update server; a found update downloads and installs when the app quits. */
  check: () => Promise<unknown>;
  logger: Logger;
  /** The first check waits for the app to be up (default a minute), then one every `everyMs` (6 hours). */
  firstAfterMs?: number;
  everyMs?: number;
}

/**
 * When the desktop app asks for updates: only while the setting is on, one check at a time,
 * and every failure (no network, no server, a bad file) is logged and goes no further, so an
 * update can never break the running till. Returns the function that stops the checks.
 */
export function scheduleUpdateChecks(options: UpdateCheckOptions): () => void {
  const log = options.logger.child({ module: 'updates' });
  let checking = false;
  const tick = async () => {
    if (checking) return;
    checking = true;
    try {
      if (options.enabled()) await options.check();
    } catch (error) {
      log.warn({ err: error }, 'update check failed; the app goes on');
    } finally {
      checking = false;
    }
  };
  const first = setTimeout(() => void tick(), options.firstAfterMs ?? 60_000);
  const every = setInterval(() => void tick(), options.everyMs ?? 6 * 60 * 60_000);
  // Nothing to wait for at exit: a check is never a reason to keep the process alive.
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
