/**
 * The law's limits on offline work (SEED:636; the field notes: Ministry of Finance order 317):
 * at most 36 hours in a row and 168 hours in a calendar month ("186" at SEED:146 is a typo).
 * The client must keep to them ("Слідкувати за дотриманням цієї норми потрібно клієнту"), so the
 * driver reads the register's sessions and the training server refuses past them.
 */
export const sessionLimitMs = 36 * 3_600_000;
export const monthLimitMs = 168 * 3_600_000;

export interface OfflineSession {
  start: Date;
  /** Undefined while the register is still offline. */
  end?: Date;
}

export interface OfflineWarnings {
  /** Warn when this little of the session is left (default 30 minutes: the warning at 35.5 h). */
  sessionLeftMs: number;
  /** Warn when this little of the month is left (default 18 hours: the warning at 150 h). */
  monthLeftMs: number;
}

export const defaultWarnings: OfflineWarnings = { sessionLeftMs: 30 * 60_000, monthLeftMs: 18 * 3_600_000 };

export interface OfflineBudget {
  offline: boolean;
  sessionUsedMs: number;
  sessionLeftMs: number;
  monthUsedMs: number;
  monthLeftMs: number;
  /** One of the budgets is nearly spent: the status bar warns. */
  warn: boolean;
  /** One of them is spent: going (or staying) offline is refused. */
  spent: boolean;
}

/**
 * The first instant of the calendar month of `at` in Kyiv, where the register's month is kept:
 * found by formatting, so daylight saving (UTC+2 / UTC+3) needs no table.
 */
export function monthStart(at: Date): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit' }).formatToParts(at);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  // Midnight of the 1st in Kyiv is 21:00 or 22:00 UTC of the day before: try both, keep the one in this month.
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, 1, -offsetHours));
    const check = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (check === '01, 00') return candidate;
  }
  return new Date(Date.UTC(year, month - 1, 1));
}

/** What is used and left of both budgets at `now`, a session still open counting up to `now`. */
export function offlineBudget(sessions: readonly OfflineSession[], now: Date, warnings: OfflineWarnings = defaultWarnings): OfflineBudget {
  const from = monthStart(now).getTime();
  const current = sessions.find((s) => s.end === undefined);
  const sessionUsedMs = current ? Math.max(0, now.getTime() - current.start.getTime()) : 0;
  const monthUsedMs = sessions.reduce((sum, s) => {
    const end = (s.end ?? now).getTime();
    return sum + Math.max(0, end - Math.max(from, s.start.getTime()));
  }, 0);
  const sessionLeftMs = Math.max(0, sessionLimitMs - sessionUsedMs);
  const monthLeftMs = Math.max(0, monthLimitMs - monthUsedMs);
  const spent = sessionLeftMs === 0 || monthLeftMs === 0;
  return {
    offline: current !== undefined,
    sessionUsedMs,
    sessionLeftMs,
    monthUsedMs,
    monthLeftMs,
    warn: spent || (current !== undefined && sessionLeftMs <= warnings.sessionLeftMs) || monthLeftMs <= warnings.monthLeftMs,
    spent,
  };
}
