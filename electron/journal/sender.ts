import type { JournalDocumentEvent } from '../../shared/ipc/events';
import type { StorageProblem } from '../../shared/storage';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import { storageProblemOf } from '../app/storage-problem';
import type { FiscalDriver } from '../devices/driver';
import { backoffDelay, defaultBackoffMs } from './backoff';
import type { Journal, JournalEntry } from './journal';
import { isSettled } from './states';

export interface SenderOptions {
  backoffMs?: readonly number[];
}

/**
 * One device's queue: strictly in journal order, one document at a time. A document that is not
 * settled holds back the ones behind it, because the device numbers documents in order and
 * refunds, rollbacks and credit payments refer to earlier ones. Re-sends use the stored bytes.
 */
export class DeviceSender {
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lookAgain = false;
  private failures = 0;
  /** Set while the journal cannot be read or written; the loop waits and tries again. */
  private storage: { problem: StorageProblem; failures: number } | undefined;
  private lastUnsettled = 0;
  private readonly waiters = new Map<number, ((entry: JournalEntry) => void)[]>();
  private readonly log: Logger;

  constructor(
    readonly deviceId: string,
    private readonly driver: FiscalDriver,
    private readonly journal: Journal,
    private readonly bus: EventBus,
    logger: Logger,
    private readonly options: SenderOptions = {},
  ) {
    this.log = logger.child({ module: 'sender', deviceId });
  }

  /** True while nothing is queued or being sent, so a new document may go out at once. */
  get idle(): boolean {
    return this.journal.unsettledCount(this.deviceId) === 0;
  }

  /** Starts the loop if needed and makes it look at the journal again. */
  kick(): void {
    if (this.stopped) return;
    this.wake?.();
    if (this.running) {
      // The loop may be past its last look at the journal: have it start again when it ends.
      this.lookAgain = true;
      return;
    }
    this.running = this.loop()
      // The loop catches its own failures; this only keeps a bug in that from escaping the process.
      .catch((error: unknown) => this.log.error({ err: error }, 'send loop failed'))
      .finally(() => {
        this.running = undefined;
        if (this.lookAgain) this.kick();
      });
  }

  /**
   * Resolves when the document is done or rejected; never before. While the journal cannot be
   * written it keeps waiting: the device may have fiscalised the document, so no failure is
   * claimed for it (a cashier told "failed" sells again). Callers bound the wait (submit's waitMs).
   */
  settled(id: number): Promise<JournalEntry> {
    const entry = this.journal.get(id);
    if (entry && isSettled(entry.state)) return Promise.resolve(entry);
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
      this.kick();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /**
   * Sends the queue until it is empty. Any failure of the journal (a full disk, a read-only or
   * damaged file) is caught: the document keeps its state (`sending` or `unknown`) in the
   * journal, so it goes out again with the same UUID and the device answers "done earlier";
   * the status says why, and the loop tries again with backoff until a write succeeds.
   */
  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.lookAgain = false;
      try {
        if (!(await this.sendNext())) return;
      } catch (error) {
        await this.journalFailed(error);
      }
    }
  }

  /** One step of the queue; false when nothing is left. */
  private async sendNext(): Promise<boolean> {
    const next = this.journal.nextUnsettled(this.deviceId);
    if (!next) {
      this.failures = 0;
      this.storage = undefined;
      // Nothing to send, or a quarantined document at the head: the queue waits for the manager.
      this.progress(false, undefined, undefined, this.journal.blockedBy(this.deviceId));
      return false;
    }
    // After a failed write the head may be `sending` with its answer lost: it is sent again.
    const recovering = next.state === 'unknown' || this.storage !== undefined;
    // A document journaled with sendNow is already `sending` (attempt 1) and goes out as it is.
    const entry = next.state === 'sending' ? next : this.journal.markSending(next.id, recovering ? 're-send' : 'send');
    this.progress(recovering || this.failures > 0);
    const outcome = await this.driver.send({ operation: entry.operation, body: entry.request }).catch((error: unknown) => ({
      kind: 'unknown' as const,
      reason: 'invalid_answer' as const,
      sent: true,
      detail: `driver failed: ${String(error)}`,
    }));
    const after = this.journal.settle(entry.id, outcome);
    if (this.storage) this.log.info({ uuid: after.uuid, was: this.storage.problem }, 'the journal is written again');
    this.storage = undefined;
    const mismatch = after.state === 'done' ? this.journal.mismatches.of(after.id) : undefined;
    if (mismatch) this.log.warn({ uuid: after.uuid, ...mismatch }, 'the device says done, but its answer does not fit the document');
    this.announce(after, recovering);
    if (after.state === 'unknown') {
      this.failures += 1;
      const delay = backoffDelay(this.failures, this.options.backoffMs ?? defaultBackoffMs);
      this.log.warn({ uuid: after.uuid, reason: after.unknownReason, retryInMs: delay }, 'no trustworthy answer; will send again');
      this.progress(true, delay, after.unknownReason ?? undefined);
      await this.pause(delay);
    } else {
      this.failures = 0;
      for (const resolve of this.waiters.get(after.id) ?? []) resolve(after);
      this.waiters.delete(after.id);
    }
    return true;
  }

  private async journalFailed(error: unknown): Promise<void> {
    const problem = storageProblemOf(error) ?? 'failed';
    const failures = (this.storage?.failures ?? 0) + 1;
    this.storage = { problem, failures };
    const delay = backoffDelay(failures, this.options.backoffMs ?? defaultBackoffMs);
    this.log.error({ err: error, problem, retryInMs: delay }, 'the journal failed while sending; the document stays open and will be sent again');
    this.progress(true, delay);
    await this.pause(delay);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private progress(recovering: boolean, retryInMs?: number, problem?: string, quarantined?: string): void {
    this.bus.emit('journal.progress', {
      deviceId: this.deviceId,
      unsettled: this.unsettledCount(),
      recovering,
      ...(retryInMs === undefined ? {} : { retryInMs }),
      ...(problem === undefined ? {} : { problem }),
      ...(this.storage === undefined ? {} : { storage: this.storage.problem }),
      ...(quarantined === undefined ? {} : { quarantined }),
    });
  }

  /** The journal's count, or the last one it gave while it cannot be read: a status must not fail. */
  private unsettledCount(): number {
    try {
      this.lastUnsettled = this.journal.unsettledCount(this.deviceId);
    } catch (error) {
      this.log.warn({ err: error }, 'cannot count the open documents');
    }
    return this.lastUnsettled;
  }

  private announce(entry: JournalEntry, recovered: boolean): void {
    const event: JournalDocumentEvent = {
      deviceId: this.deviceId,
      uuid: entry.uuid,
      kind: entry.kind,
      state: entry.state,
      attempts: entry.attempts,
      recovered: recovered && isSettled(entry.state),
      duplicate: entry.duplicate,
      documentNumber: entry.result?.documentNumber,
      shortDocumentId: entry.result?.shortDocumentId,
      errorCode: entry.errorCode ?? undefined,
      errorText: entry.errorText ?? undefined,
    };
    this.bus.emit('journal.document', event);
  }
}
