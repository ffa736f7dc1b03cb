import type { OfflineStatus } from '../../../shared/devices/offline-status';
import type { Reply } from './errors';
import { offlineBudget, type OfflineBudget, type OfflineSession, type OfflineWarnings } from './offline-limits';
import type { CheckboxOffline } from './offline';
import type { OfflineMemory, ReceiptMemo, SavedMode } from './offline-memory';

export interface OfflineSettings {
  /**
   * Offline fiscal codes kept in hand, and the least the service keeps reserved for the register.
   * 500 is the seed's own "critical count" (SEED:548): about a day and a half of a busy till's
   * receipts, so the 36 hours the law allows are not cut short by a lack of codes.
   */
  reserve: number;
  /** Answers in a row that show the service unreachable before the driver sells offline: one lost answer is a blip the journal's re-send settles. */
  unreachableAfter: number;
  /** go-online calls per attempt before the document waits for the journal's next one (SEED:234: repeat until online). */
  goOnlineCalls: number;
  warnings: OfflineWarnings;
}

/** Warn an hour before the 36 hours (at 35 h, before the spec's 35.5 h) and 18 hours before the month's 168 (at 150 h). */
export const defaultOfflineSettings: OfflineSettings = { reserve: 500, unreachableAfter: 2, goOnlineCalls: 5, warnings: { sessionLeftMs: 3_600_000, monthLeftMs: 18 * 3_600_000 } };

/** Why the driver will not go offline: the law's limits, or no codes to sell with. */
export type OfflineRefusalCode = 'offline_limit_session' | 'offline_limit_month' | 'no_offline_codes';

type Mode = { kind: 'online' } | { kind: 'offline'; since: Date; by: 'manager' | 'unreachable' };

/** Failures that say the service could not be reached or could not answer: the reasons to sell offline. */
const unreachableReasons: ReadonlySet<string> = new Set(['connect_failed', 'connect_timeout', 'answer_timeout', 'connection_dropped', 'http_status', 'maintenance']);

/**
 * The driver's offline state: its mode, the offline codes in hand, and the register's offline
 * sessions as last read (plus the session begun here while the service is unreachable), kept in
 * the driver's state (offline-memory.ts) as they change, so a restart comes back as it left:
 * offline, with the same codes, the same session start counted against the law's limits, and the
 * receipts not yet settled with their commit times and codes.
 * New receipts are built offline while `selling`; the register itself is switched when the
 * documents reach the head of the journal's queue (offline-documents.ts), so its go-offline,
 * receipts and go-online keep journal order, and so their dates.
 */
export class CheckboxOfflineMode {
  private mode: Mode = { kind: 'online' };
  private codes: string[] = [];
  /** The register is in manual offline mode at the service, as last seen. */
  private cloudIsOffline = false;
  private sessions: OfflineSession[] = [];
  /** The last offline fiscal date given: dates never go backwards, even if the clock does. */
  private lastDate = 0;
  /** When the last online receipt was done: a go-offline is never dated before it (SEED:547). */
  private lastOnlineDone = 0;
  /** Receipts not settled yet: built offline (queued), or built online and perhaps to go out offline after all. */
  private readonly receipts: Map<string, ReceiptMemo>;
  /** Offline receipts answered but not yet delivered to the tax service. */
  private answeredOffline = 0;
  private failures = 0;
  /** The mode as last written, to write only what changed (the status bar asks often). */
  private written = '';

  constructor(
    private readonly offline: CheckboxOffline,
    readonly settings: OfflineSettings,
    readonly now: () => Date,
    private readonly memory: OfflineMemory,
  ) {
    const remembered = memory.load();
    this.codes = remembered.codes;
    this.receipts = remembered.receipts;
    this.unreadable = remembered.unreadable;
    this.otherRegister = remembered.otherRegister;
    const saved = remembered.mode;
    if (!saved) return;
    this.mode = saved.mode.kind === 'offline' ? { kind: 'offline', since: new Date(saved.mode.since), by: saved.mode.by } : { kind: 'online' };
    this.cloudIsOffline = saved.cloudOffline;
    this.sessions = saved.sessions.map((s) => ({ start: new Date(s.start), ...(s.end ? { end: new Date(s.end) } : {}) }));
    this.lastDate = saved.lastDate;
    this.lastOnlineDone = saved.lastOnlineDoneAt;
    this.answeredOffline = saved.undelivered;
    this.written = JSON.stringify(this.saved());
  }

  /** Stored values that did not fit their schema at start (left out): the driver logs them. */
  readonly unreadable: readonly string[];
  /** The stored state was another register's (the settings changed) and was let go. */
  readonly otherRegister: boolean;

  get cloudOffline(): boolean {
    return this.cloudIsOffline;
  }

  get lastOnlineDoneAt(): number {
    return this.lastOnlineDone;
  }

  /** Offline receipts built and not yet answered. */
  get queued(): number {
    let count = 0;
    for (const memo of this.receipts.values()) if (memo.offline) count += 1;
    return count;
  }

  private saved(): SavedMode {
    return {
      mode: this.mode.kind === 'offline' ? { kind: 'offline', since: this.mode.since.toISOString(), by: this.mode.by } : { kind: 'online' },
      cloudOffline: this.cloudIsOffline,
      sessions: this.sessions.map((s) => ({ start: s.start.toISOString(), ...(s.end ? { end: s.end.toISOString() } : {}) })),
      lastDate: this.lastDate,
      lastOnlineDoneAt: this.lastOnlineDone,
      undelivered: this.answeredOffline,
    };
  }

  /** Writes the mode if it changed, with whatever else changed in the same step, in one transaction. */
  private persist(changes: Omit<Parameters<OfflineMemory['save']>[0], 'mode'> = {}): void {
    const mode = this.saved();
    const text = JSON.stringify(mode);
    const modeChanged = text !== this.written;
    if (!modeChanged && !changes.codes && !changes.receipt && !changes.settled) return;
    this.memory.save({ ...changes, ...(modeChanged ? { mode } : {}) });
    this.written = text;
  }

  get isOffline(): boolean {
    return this.mode.kind === 'offline';
  }

  budget(at: Date = this.now()): OfflineBudget {
    const local = this.mode.kind === 'offline' && !this.cloudOffline ? [{ start: this.mode.since }] : [];
    return offlineBudget([...this.sessions, ...local], at, this.settings.warnings);
  }

  /** New receipts are built offline: offline, with codes in hand, within the law's limits. */
  selling(at: Date = this.now()): boolean {
    this.keepToLimits(at);
    return this.mode.kind === 'offline' && this.codes.length > 0;
  }

  /** Past 36 hours in a row or 168 a month the law forbids selling offline: new receipts are built online again. */
  private keepToLimits(at: Date): void {
    if (this.mode.kind === 'offline' && this.budget(at).spent) this.leave();
  }

  /**
   * An offline receipt's code and date, taken at build: the date is the journal's commit time
   * (never before the last one given). Undefined while the receipt is built online: its commit
   * time is kept, for the case it must go out offline after all.
   */
  fieldsFor(uuid: string, journaledAt: Date): { fiscal_code: string; fiscal_date: string } | undefined {
    if (!this.selling(journaledAt)) {
      const memo = { builtAt: journaledAt.getTime(), offline: false };
      this.receipts.set(uuid, memo);
      this.persist({ receipt: { uuid, memo } });
      return undefined;
    }
    const date = Math.max(journaledAt.getTime(), this.lastDate);
    this.lastDate = date;
    const code = this.codes.shift()!;
    const memo = { builtAt: date, offline: true, code };
    this.receipts.set(uuid, memo);
    // Written before the journal stores the bytes: after a crash the code is never handed out again.
    this.persist({ codes: this.codes, receipt: { uuid, memo } });
    return { fiscal_code: code, fiscal_date: new Date(date).toISOString() };
  }

  /**
   * The code and date for a receipt built online that must now go out offline (its answer was
   * lost, then the service went away): its commit time, never before the last online receipt done.
   */
  convert(uuid: string): { fiscal_code: string; fiscal_date: string } | undefined {
    const memo = this.receipts.get(uuid);
    if (!memo || memo.offline || !this.selling()) return undefined;
    const code = this.reserve(uuid, memo);
    if (code === undefined) return undefined;
    // Not after the receipts built offline behind it: those carry later commit times already.
    const date = Math.max(memo.builtAt, this.lastOnlineDoneAt);
    return { fiscal_code: code, fiscal_date: new Date(date).toISOString() };
  }

  /**
   * The code a receipt built online will go out with if it must go out offline: reserved as soon
   * as the counter asks, so the customer's receipt carries it; kept for its sends.
   */
  reservedFor(uuid: string): string | undefined {
    const memo = this.receipts.get(uuid);
    if (!memo || memo.offline || memo.code !== undefined || !this.selling()) return memo?.code;
    return this.reserve(uuid, memo);
  }

  /** The offline code of a receipt built online: the one given before, or the next in hand, kept with the receipt. */
  private reserve(uuid: string, memo: ReceiptMemo): string | undefined {
    if (memo.code !== undefined) return memo.code;
    const code = this.codes.shift();
    if (code === undefined) return undefined;
    const reserved = { ...memo, code };
    this.receipts.set(uuid, reserved);
    this.persist({ codes: this.codes, receipt: { uuid, memo: reserved } });
    return code;
  }

  /** A receipt is settled: what was kept for its re-sends is let go. */
  settled(uuid: string): void {
    if (this.receipts.delete(uuid)) this.persist({ settled: uuid });
  }

  /**
   * A receipt sent offline was answered (`done`: to be delivered by the service). True when it
   * was the last offline receipt queued.
   */
  answered(uuid: string, done: boolean): boolean {
    const wasQueued = this.receipts.get(uuid)?.offline === true;
    if (done) this.answeredOffline += 1;
    this.receipts.delete(uuid);
    this.persist({ settled: uuid });
    return wasQueued && this.queued === 0;
  }

  /** An online receipt is done now: a later go-offline is never dated before it. */
  onlineDone(): void {
    this.lastOnlineDone = this.now().getTime();
    this.persist();
  }

  /** The manager's go-offline, or the driver's when the service is unreachable; refused past the limits. */
  enter(by: 'manager' | 'unreachable', at: Date = this.now()): OfflineRefusalCode | undefined {
    this.keepToLimits(at);
    if (this.mode.kind === 'offline') return undefined;
    const budget = offlineBudget([...this.sessions, { start: at }], at, this.settings.warnings);
    if (budget.monthLeftMs === 0) return 'offline_limit_month';
    if (budget.sessionLeftMs === 0) return 'offline_limit_session';
    if (this.codes.length === 0) return 'no_offline_codes';
    this.mode = { kind: 'offline', since: at, by };
    this.persist();
    return undefined;
  }

  /** New receipts are built online again; those built offline still go out offline, in order. */
  leave(): void {
    this.mode = { kind: 'online' };
    this.failures = 0;
    this.persist();
  }

  /** A send's failure: the service unreachable this many times in a row takes the driver offline. */
  noteFailure(reason: string): void {
    if (!unreachableReasons.has(reason)) return;
    this.failures += 1;
    if (this.failures >= this.settings.unreachableAfter) this.enter('unreachable');
  }

  /** The service answered: back online for new receipts, unless the manager chose offline. */
  noteAnswer(): void {
    this.failures = 0;
    if (this.mode.kind === 'offline' && this.mode.by === 'unreachable') this.leave();
  }

  /**
   * The code and date of the register's own offline transaction (a shift opened offline), taken
   * now: the date never before the last one given, kept with the codes left in one write.
   */
  transactionFields(at: Date = this.now()): { fiscal_code: string; fiscal_date: string } | undefined {
    if (!this.selling(at)) return undefined;
    const date = Math.max(at.getTime(), this.lastDate);
    this.lastDate = date;
    const code = this.codes.shift()!;
    this.persist({ codes: this.codes });
    return { fiscal_code: code, fiscal_date: new Date(date).toISOString() };
  }

  /** A code for the register's own go-offline transaction. */
  takeCode(): string | undefined {
    const code = this.codes.shift();
    if (code !== undefined) this.persist({ codes: this.codes });
    return code;
  }

  /** The register went offline at `at` (its session starts then) or came back online at `at`. */
  cloudWentOffline(at: Date): void {
    this.cloudIsOffline = true;
    this.sessions.push({ start: at });
    this.persist();
  }

  cloudWentOnline(at: Date): void {
    this.cloudIsOffline = false;
    this.sessions = this.sessions.map((s) => (s.end === undefined ? { ...s, end: at } : s));
    this.answeredOffline = 0;
    this.persist();
  }

  /** The register's sessions and mode as the service tells them (at start, after go-online, for the status). */
  async refresh(): Promise<Reply<null>> {
    const reply = await this.offline.sessions(this.now());
    if (reply.kind !== 'ok') return reply;
    this.sessions = reply.value.sessions;
    this.cloudIsOffline = reply.value.offline;
    this.persist();
    return { ...reply, value: null };
  }

  /**
   * Keeps the reserve: asks the service for codes when it holds fewer than the reserve (only
   * online), and takes codes into hand up to the reserve (only with a shift open). Failures
   * leave the reserve as it is: the next top-up tries again.
   */
  async topUp(): Promise<void> {
    if (this.mode.kind === 'offline' || this.cloudOffline || this.codes.length >= this.settings.reserve / 2) return;
    const available = await this.offline.available();
    if (available.kind === 'ok' && available.value < this.settings.reserve) await this.offline.ask(this.settings.reserve);
    const taken = await this.offline.take(this.settings.reserve - this.codes.length);
    if (taken.kind !== 'ok') return;
    // A code already given to a receipt not settled yet is not taken again: the service hands out codes until they are used.
    const given = new Set([...this.codes, ...[...this.receipts.values()].flatMap((memo) => (memo.code === undefined ? [] : [memo.code]))]);
    const fresh = taken.value.filter((code) => !given.has(code));
    if (fresh.length === 0) return;
    this.codes.push(...fresh);
    this.persist({ codes: this.codes });
  }

  status(at: Date = this.now()): OfflineStatus {
    this.keepToLimits(at);
    const budget = this.budget(at);
    return {
      offline: this.mode.kind === 'offline' || this.cloudOffline,
      ...(this.mode.kind === 'offline' ? { reason: this.mode.by, since: this.mode.since.toISOString() } : {}),
      sessionLeftMs: budget.sessionLeftMs,
      monthLeftMs: budget.monthLeftMs,
      warn: budget.warn,
      spent: budget.spent,
      codes: this.codes.length,
      undelivered: this.answeredOffline + this.queued,
    };
  }
}
