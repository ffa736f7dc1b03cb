import type { JournalDocumentEvent } from '../../shared/ipc/events';
import type { StorageProblem } from '../../shared/storage';
import type { EventBus } from '../app/event-bus';
import type { Logger } from '../app/logger';
import { storageProblemOf } from '../app/storage-problem';
import type { DeviceOutcome, FiscalDriver, LookupOutcome, PollOutcome, SendOutcome, StoredRequest } from '../devices/driver';
import type { DocumentResult } from '../../shared/fiscal/device-results';
import { backoffDelay, defaultBackoffMs, defaultPollMs } from './backoff';
import type { Journal, JournalEntry } from './journal';
import { isSettled } from './states';

/** The schedule with its first wait shortened to the device's own, never lengthened. */
function withFirstPoll(schedule: readonly number[], firstPollMs: number | undefined): readonly number[] {
  if (firstPollMs === undefined || schedule.length === 0) return schedule;
  return [Math.min(firstPollMs, schedule[0]!), ...schedule.slice(1)];
}

/** One step of recovery or sending: an answer to settle, or a lookup that told nothing. */
type Attempt = { kind: 'answered'; entry: JournalEntry; outcome: SendOutcome } | { kind: 'lookupFailed'; reason: string; detail: string };

/** The bytes the journal stored, as they went out the first time. */
function storedRequest(entry: JournalEntry): StoredRequest {
  return { operation: entry.operation, body: entry.request };
}

export interface SenderOptions {
  backoffMs?: readonly number[];
  /** The wait before each poll of an accepted document; its length bounds the polls. */
  pollMs?: readonly number[];
  /** The journal's integrity verdict (db/open.ts): nothing is sent before it, nothing after a damaged one. */
  journalVerified?: Promise<void>;
}

/**
 * One device's queue: strictly in journal order, one document at a time. A document that is not
 * settled holds back the ones behind it, because the device numbers documents in order and
 * refunds, rollbacks and credit payments refer to earlier ones. Re-sends use the stored bytes.
 */
export class DeviceSender {
  private wake: (() => void) | undefined;
  /** Ends any wait at once; only `stop` calls it, so a new document never cuts a poll schedule short. */
  private halt: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private lookAgain = false;
  private failures = 0;
  /** Set while the journal cannot be read or written; the loop waits and tries again. */
  private storage: { problem: StorageProblem; failures: number } | undefined;
  private lastUnsettled = 0;
  /** False until the journal's integrity verdict came and was good (then documents may go out at once). */
  private sound: boolean;
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
    this.sound = options.journalVerified === undefined;
    options.journalVerified?.then(
      () => (this.sound = true),
      () => undefined,
    );
  }

  /**
   * True while nothing is queued or being sent, so a new document may go out at once; never
   * before the journal's integrity verdict, so no attempt is recorded that was not made.
   */
  get idle(): boolean {
    return this.sound && this.journal.unsettledCount(this.deviceId) === 0;
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
    this.halt?.();
    await this.running;
  }

  /**
   * Sends the queue until it is empty. Any failure of the journal (a full disk, a read-only or
   * damaged file) is caught: the document keeps its state (`sending` or `unknown`) in the
   * journal, so it goes out again with the same UUID and the device answers "done earlier";
   * the status says why, and the loop tries again with backoff until a write succeeds.
   */
  private async loop(): Promise<void> {
    if (!(await this.journalSound())) return;
    while (!this.stopped) {
      this.lookAgain = false;
      try {
        if (!(await this.sendNext())) return;
      } catch (error) {
        await this.journalFailed(error);
      }
    }
  }

  /**
   * Waits for the start's integrity check. A damaged journal sends nothing: a document settled
   * into it might not be read back, and the host stops the app to say so (exit 4).
   */
  private async journalSound(): Promise<boolean> {
    try {
      await this.options.journalVerified;
      return true;
    } catch (error) {
      this.log.error({ err: error }, 'the journal failed its integrity check: nothing is sent');
      return false;
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
    // After a failed write the head may be `sending` with its answer lost: it is recovered too.
    const recovering = next.state === 'unknown' || this.storage !== undefined;
    this.progress(recovering || this.failures > 0);
    const attempt = recovering ? await this.recover(next) : await this.send(next, 'send');
    if (attempt.kind === 'lookupFailed') {
      await this.lookupFailed(next, attempt.reason, attempt.detail);
      return true;
    }
    const { entry } = attempt;
    const outcome = attempt.outcome.kind === 'accepted' ? await this.complete(entry) : attempt.outcome;
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

  /**
   * The document's answer was lost. A `resend` device de-duplicates our UUID, so the stored bytes
   * go out again. A `lookup` device is asked by our UUID first: found settles it as done before,
   * a definite "not found" sends the stored bytes again, and a failed lookup sends nothing.
   */
  private async recover(entry: JournalEntry): Promise<Attempt> {
    const recovery = this.driver.recovery;
    switch (recovery.mode) {
      case 'resend':
        return this.send(entry, 're-send');
      case 'lookup': {
        const found = await recovery.lookup(entry.uuid, storedRequest(entry)).catch(
          (error: unknown): LookupOutcome => ({ kind: 'failed', reason: 'lookup_failed', detail: `driver failed: ${String(error)}` }),
        );
        switch (found.kind) {
          case 'found': {
            const sending = entry.state === 'unknown' ? this.journal.markFound(entry.id) : entry;
            // What the device found, it did before: a done answer is a duplicate of the first.
            const outcome = found.outcome.kind === 'done' ? { ...found.outcome, duplicate: true as const } : found.outcome;
            return { kind: 'answered', entry: sending, outcome };
          }
          case 'notFound':
            return this.send(entry, 're-send after lookup: not found');
          case 'failed':
            return { kind: 'lookupFailed', reason: found.reason, detail: found.detail };
        }
      }
    }
  }

  /** Sends the stored bytes as they are; a document journaled with sendNow is already `sending` (attempt 1). */
  private async send(next: JournalEntry, reason: string): Promise<Attempt> {
    const entry = next.state === 'sending' ? next : this.journal.markSending(next.id, reason);
    const outcome = await this.driver.send(storedRequest(entry)).catch((error: unknown) => ({
      kind: 'unknown' as const,
      reason: 'invalid_answer' as const,
      sent: true,
      detail: `driver failed: ${String(error)}`,
    }));
    return { kind: 'answered', entry, outcome };
  }

  /**
   * The device accepted the document and finishes it later: it stays `sending` while it is polled
   * by UUID on the bounded schedule, in its place at the head of the queue. Only the device's own
   * refusal rejects it; still unfinished after the last poll (or with the app stopping), it
   * becomes unknown, and recovery looks it up by UUID before anything is sent again.
   */
  private async complete(entry: JournalEntry): Promise<DeviceOutcome<DocumentResult>> {
    const completion = this.driver.completion;
    const schedule = this.options.pollMs ?? withFirstPoll(defaultPollMs, completion?.firstPollMs);
    let last = completion ? 'still pending' : 'accepted, but the driver cannot poll';
    for (const [index, delay] of schedule.entries()) {
      if (!completion || this.stopped) break;
      this.progress(false, delay, 'pending');
      await this.pause(delay, false);
      if (this.stopped) break;
      const polled = await completion
        .poll(entry.uuid, storedRequest(entry))
        .catch((error: unknown): PollOutcome => ({ kind: 'failed', reason: 'poll_failed', detail: `driver failed: ${String(error)}` }));
      switch (polled.kind) {
        case 'found':
          return polled.outcome;
        case 'pending':
          last = `still pending after poll ${index + 1}`;
          break;
        case 'failed':
          last = `poll ${index + 1} failed: ${polled.reason}: ${polled.detail}`;
          break;
      }
    }
    return { kind: 'unknown', reason: 'pending', sent: true, detail: `accepted, not finished after ${schedule.length} polls (${last})` };
  }

  /** Nothing was sent and nothing is known: the document stays as it was, and the lookup is tried again later. */
  private async lookupFailed(entry: JournalEntry, reason: string, detail: string): Promise<void> {
    this.failures += 1;
    const delay = backoffDelay(this.failures, this.options.backoffMs ?? defaultBackoffMs);
    this.journal.recordEvent(this.deviceId, 'lookup', 'unknown', { uuid: entry.uuid, reason, detail: detail.slice(0, 500) });
    this.log.warn({ uuid: entry.uuid, reason, retryInMs: delay }, 'the lookup by uuid failed; nothing is sent again until one succeeds');
    this.progress(true, delay, reason);
    await this.pause(delay);
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

  /** Waits `ms`; `stop` ends it early, and so does `kick` when it is `wakeable`. */
  private pause(ms: number, wakeable = true): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.halt = done;
      this.wake = wakeable ? done : undefined;
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
