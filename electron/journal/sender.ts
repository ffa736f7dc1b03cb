import type { JournalDocumentEvent } from '../../shared/ipc/events';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
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
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (this.lookAgain) this.kick();
    });
  }

  /** Resolves when the document is done or rejected; never before. */
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

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.lookAgain = false;
      const next = this.journal.nextUnsettled(this.deviceId);
      if (!next) {
        this.failures = 0;
        // Nothing to send, or a quarantined document at the head: the queue waits for the manager.
        this.progress(false, undefined, undefined, this.journal.blockedBy(this.deviceId));
        return;
      }
      const recovering = next.state === 'unknown';
      // A document journaled with sendNow is already `sending` (attempt 1) and goes out as it is.
      const entry = next.state === 'sending' ? next : this.journal.markSending(next.id, recovering ? 're-send' : 'send');
      this.progress(recovering || this.failures > 0);
      const outcome = await this.driver.send({ operation: entry.operation as never, body: entry.request }).catch((error: unknown) => ({
        kind: 'unknown' as const,
        reason: 'invalid_answer' as const,
        sent: true,
        detail: `driver failed: ${String(error)}`,
      }));
      const after = this.journal.settle(entry.id, outcome);
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
    }
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
      unsettled: this.journal.unsettledCount(this.deviceId),
      recovering,
      ...(retryInMs === undefined ? {} : { retryInMs }),
      ...(problem === undefined ? {} : { problem }),
      ...(quarantined === undefined ? {} : { quarantined }),
    });
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
