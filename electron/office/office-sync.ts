import type { Logger } from '../app/logger';
import type { OfficePuller } from './puller';
import type { OfficePusher } from './pusher';

export interface OfficeSyncOptions {
  /** Wait between rounds when all is sent and pulled. */
  idleMs?: number;
  /** Waits after consecutive failures; the last repeats. */
  backoffMs?: readonly number[];
}

const defaultIdleMs = 5_000;
const defaultBackoffMs = [1_000, 2_000, 5_000, 15_000, 30_000, 60_000];

/**
 * The background round: push the outbox until it is empty, then pull the catalogue until the
 * office has no more, then wait. A timer runs it, never a sale: a sale only commits its document
 * (and, by trigger, its outbox row) and returns. Failures wait longer each time; the cursor and
 * the catalogue version live in SQLite, so a restart resumes where the last answer left off.
 */
export class OfficeSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private failures = 0;
  private stopped = true;
  private readonly idleMs: number;
  private readonly backoffMs: readonly number[];

  constructor(
    private readonly pusher: OfficePusher,
    private readonly puller: OfficePuller,
    private readonly logger: Logger,
    private readonly onRound: () => void,
    options: OfficeSyncOptions = {},
  ) {
    this.idleMs = options.idleMs ?? defaultIdleMs;
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs a round soon (after a join, or when the manager asks); a running round is not doubled. */
  nudge(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => {
        this.running = undefined;
      });
    }, ms);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    let wait = this.idleMs;
    try {
      while (!this.stopped && (await this.pusher.pushBatch()).more);
      while (!this.stopped && (await this.puller.pullPage()).more);
      this.failures = 0;
    } catch (error) {
      wait = this.backoffMs[Math.min(this.failures, this.backoffMs.length - 1)] ?? this.idleMs;
      this.failures += 1;
      this.logger.warn({ module: 'office', failures: this.failures, error: error instanceof Error ? error.message : String(error) }, 'office round failed');
    }
    this.onRound();
    if (!this.stopped) this.schedule(wait);
  }
}
