import { offlineBudget } from '../offline-limits';
import type { OfflineState } from './memory';

/** Why the register refuses an offline step, in the service's words where the document gives them. */
export type OfflineRefusal = { key: 'already_offline' | 'not_manual_offline' | 'offline_code_used'; code?: string } | { text: string };

function sessionsOf(state: OfflineState) {
  return state.sessions.map((s) => ({ start: new Date(s.start), ...(s.end ? { end: new Date(s.end) } : {}) }));
}

/**
 * The register's offline rules (SEED ~386-636, field notes): codes reserved only online and
 * used once; go-offline not before the last delivered transaction; offline dates never before
 * the reservation nor before each other; 36 h in a row and 168 h a month, refused past them.
 */
export class OfflineRules {
  constructor(
    private readonly state: OfflineState,
    private readonly goOnlineCalls: number,
  ) {}

  ask(count: number, now: Date): OfflineRefusal | undefined {
    if (this.state.mode) return { key: 'already_offline' };
    this.state.askedAt = now.toISOString();
    for (let i = 0; i < count; i += 1) this.state.codes.push(`OFFLINE-${String(this.state.nextCode++).padStart(6, '0')}`);
    return undefined;
  }

  /** Unused reserved codes not handed out yet, at most `count`; they stay reserved until used. */
  hand(count: number): string[] {
    const free = this.state.codes.filter((code) => !this.state.handed.includes(code)).slice(0, count);
    this.state.handed.push(...free);
    return free;
  }

  available(): number {
    return this.state.codes.length;
  }

  /** Goes offline at `date` with `code` (or the first reserved one), within the law's limits. */
  goOffline(date: Date, lastDelivered: Date | undefined, code: string | undefined): OfflineRefusal | undefined {
    if (this.state.mode) return { key: 'already_offline' };
    const budget = offlineBudget([...sessionsOf(this.state), { start: date }], date);
    if (budget.monthLeftMs === 0) return { text: 'Перевищено ліміт роботи в офлайн режимі: 168 годин на місяць' };
    if (lastDelivered && date < lastDelivered) return { text: 'Дата переходу в офлайн не може бути раніше дати останньої доставленої транзакції' };
    const used = this.take(code ?? this.state.codes[0], date);
    if (used) return used;
    this.state.mode = true;
    this.state.onlineCallsLeft = this.goOnlineCalls;
    this.state.sessions.push({ start: date.toISOString(), end: null });
    return undefined;
  }

  /** An offline transaction's code and date, checked and taken. */
  offlineDocument(code: string | undefined, date: Date | undefined): OfflineRefusal | undefined {
    if (!this.state.mode) return { key: 'not_manual_offline' };
    if (!code || !date || Number.isNaN(date.getTime())) return { text: 'fiscal_code та fiscal_date обовʼязкові для офлайн чеку' };
    const budget = offlineBudget(sessionsOf(this.state), date);
    if (budget.spent) return { text: 'Перевищено ліміт роботи в офлайн режимі: 36 годин підряд або 168 годин на місяць' };
    return this.take(code, date);
  }

  /** go-online is asynchronous: the register is online after the last of its calls. */
  goOnline(now: Date): boolean {
    if (!this.state.mode) return true;
    this.state.onlineCallsLeft -= 1;
    if (this.state.onlineCallsLeft > 0) return false;
    this.state.mode = false;
    const session = this.state.sessions.at(-1)!;
    session.end = now.toISOString();
    return true;
  }

  sessions(from: Date, to: Date, now: Date) {
    return this.state.sessions
      .map((s) => ({ start: new Date(s.start), end: s.end ? new Date(s.end) : now }))
      .filter((s) => s.end >= from && s.start <= to)
      .map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), duration: Math.round((s.end.getTime() - s.start.getTime()) / 1000) }));
  }

  private take(code: string | undefined, date: Date): OfflineRefusal | undefined {
    if (!code || this.state.used.includes(code) || !this.state.codes.includes(code)) return { key: 'offline_code_used', code: code ?? '' };
    if (this.state.askedAt && date.toISOString() < this.state.askedAt) return { text: 'fiscal_date не може бути раніше запиту офлайн кодів' };
    if (this.state.lastDate && date.toISOString() < this.state.lastDate) return { text: 'fiscal_date не може бути раніше попередньої офлайн транзакції' };
    this.state.codes = this.state.codes.filter((c) => c !== code);
    this.state.used.push(code);
    this.state.lastDate = date.toISOString();
    return undefined;
  }
}
