import type { OfflineStatus } from '../../../shared/devices/offline-status';
import type { Reply } from './errors';
import { offlineBudget, type OfflineBudget, type OfflineSession, type OfflineWarnings } from './offline-limits';
import type { CheckboxOffline } from './offline';

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
 * The driver's offline state, in memory: its mode, the offline codes in hand, and the register's
 * offline sessions as last read (plus the session begun here while the service is unreachable).
 * New receipts are built offline while `selling`; the register itself is switched when the
 * documents reach the head of the journal's queue (offline-documents.ts), so its go-offline,
 * receipts and go-online keep journal order, and so their dates.
 */
export class CheckboxOfflineMode {
  private mode: Mode = { kind: 'online' };
  private codes: string[] = [];
  /** The register is in manual offline mode at the service, as last seen. */
  cloudOffline = false;
  private sessions: OfflineSession[] = [];
  /** The last offline fiscal date given: dates never go backwards, even if the clock does. */
  private lastDate = 0;
  /** When the last online receipt was done: a go-offline is never dated before it (SEED:547). */
  lastOnlineDoneAt = 0;
  /** Commit times of receipts built online in this run, for one that must go out offline after all. */
  private readonly builtOnline = new Map<string, Date>();
  /** Offline codes given to such receipts, kept for their re-sends in this run. */
  private readonly converted = new Map<string, string>();
  /** Offline receipts built and not yet answered, and those answered but not delivered. */
  queued = 0;
  undelivered = 0;
  private failures = 0;

  constructor(
    private readonly offline: CheckboxOffline,
    readonly settings: OfflineSettings,
    readonly now: () => Date,
  ) {}

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
   * (never before the last one given). Undefined while the receipt is built online.
   */
  fieldsFor(uuid: string, journaledAt: Date): { fiscal_code: string; fiscal_date: string } | undefined {
    if (!this.selling(journaledAt)) {
      this.builtOnline.set(uuid, journaledAt);
      return undefined;
    }
    const date = Math.max(journaledAt.getTime(), this.lastDate);
    this.lastDate = date;
    this.queued += 1;
    return { fiscal_code: this.codes.shift()!, fiscal_date: new Date(date).toISOString() };
  }

  /**
   * The code and date for a receipt built online that must now go out offline (its answer was
   * lost, then the service went away): its commit time, never before the last online receipt done.
   */
  convert(uuid: string): { fiscal_code: string; fiscal_date: string } | undefined {
    const builtAt = this.builtOnline.get(uuid);
    if (!builtAt || !this.selling()) return undefined;
    const code = this.converted.get(uuid) ?? this.codes.shift();
    if (code === undefined) return undefined;
    this.converted.set(uuid, code);
    // Not after the receipts built offline behind it: those carry later commit times already.
    const date = Math.max(builtAt.getTime(), this.lastOnlineDoneAt);
    return { fiscal_code: code, fiscal_date: new Date(date).toISOString() };
  }

  /**
   * The code a receipt built online will go out with if it must go out offline: reserved as soon
   * as the counter asks, so the customer's receipt carries it; kept for its sends.
   */
  reservedFor(uuid: string): string | undefined {
    const kept = this.converted.get(uuid);
    if (kept !== undefined || !this.builtOnline.has(uuid) || !this.selling()) return kept;
    const code = this.codes.shift()!;
    this.converted.set(uuid, code);
    return code;
  }

  /** A receipt is settled: what was kept for its re-sends is let go. */
  settled(uuid: string): void {
    this.builtOnline.delete(uuid);
    this.converted.delete(uuid);
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
    return undefined;
  }

  /** New receipts are built online again; those built offline still go out offline, in order. */
  leave(): void {
    this.mode = { kind: 'online' };
    this.failures = 0;
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

  /** A code for the register's own go-offline transaction. */
  takeCode(): string | undefined {
    return this.codes.shift();
  }

  /** The register went offline at `at` (its session starts then) or came back online at `at`. */
  cloudWentOffline(at: Date): void {
    this.cloudOffline = true;
    this.sessions.push({ start: at });
  }

  cloudWentOnline(at: Date): void {
    this.cloudOffline = false;
    this.sessions = this.sessions.map((s) => (s.end === undefined ? { ...s, end: at } : s));
    this.undelivered = 0;
  }

  /** The register's sessions and mode as the service tells them (at start, after go-online, for the status). */
  async refresh(): Promise<Reply<null>> {
    const reply = await this.offline.sessions(this.now());
    if (reply.kind !== 'ok') return reply;
    this.sessions = reply.value.sessions;
    this.cloudOffline = reply.value.offline;
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
    if (taken.kind === 'ok') this.codes.push(...taken.value.filter((code) => !this.codes.includes(code)));
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
      undelivered: this.undelivered + this.queued,
    };
  }
}
