import { z } from 'zod';
import type { CheckboxClient } from './client';
import type { Reply } from './errors';
import { offlineBudget, type OfflineBudget, type OfflineSession, type OfflineWarnings } from './offline-limits';

const OfflineCodes = z.array(z.object({ fiscal_code: z.string().min(1) }));
const CodesCount = z.object({ available: z.number().int() });
const OfflineTime = z.object({ sessions: z.array(z.object({ start: z.string(), end: z.string().nullish(), duration: z.number().nullish() })) });
const Done = z.unknown();
const RegisterMode = z.object({ offline_mode: z.boolean().nullish() });

/**
 * The register's offline operations (SEED ~386-636): reserving offline fiscal codes while online,
 * handing them out for an open shift, going offline and back, and the offline time the law
 * limits. All need the licence key.
 */
export class CheckboxOffline {
  constructor(private readonly client: CheckboxClient) {}

  /** Reserves `count` codes; only online. */
  ask(count: number): Promise<Reply<unknown>> {
    return this.client.call('GET', '/cash-registers/ask-offline-codes', Done, { license: true, query: { count, sync: true } });
  }

  /** Unused reserved codes for the open shift. */
  async take(count: number): Promise<Reply<string[]>> {
    const reply = await this.client.call('GET', '/cash-registers/get-offline-codes', OfflineCodes, { license: true, query: { count } });
    return reply.kind === 'ok' ? { ...reply, value: reply.value.map((c) => c.fiscal_code) } : reply;
  }

  async available(): Promise<Reply<number>> {
    const reply = await this.client.call('GET', '/cash-registers/get-offline-codes-count', CodesCount, { license: true });
    return reply.kind === 'ok' ? { ...reply, value: reply.value.available } : reply;
  }

  /** Manual offline mode from `date` with `code`; both left to the service when not given. */
  goOffline(date?: Date, code?: string): Promise<Reply<unknown>> {
    const body = JSON.stringify({ ...(date ? { go_offline_date: date.toISOString() } : {}), ...(code ? { fiscal_code: code } : {}) });
    return this.client.call('POST', '/cash-registers/go-offline', Done, { license: true, body });
  }

  /** Asynchronous: repeat until `info()` says online (the document: every 10-15 s). */
  goOnline(): Promise<Reply<unknown>> {
    return this.client.call('POST', '/cash-registers/go-online', Done, { license: true, body: '' });
  }

  /**
   * The register's offline sessions of the last two months at `now`, and whether it is offline:
   * a session still open is the last one while the register says it is offline.
   */
  async sessions(now: Date): Promise<Reply<{ offline: boolean; sessions: OfflineSession[] }>> {
    const from = new Date(now.getTime() - 62 * 86_400_000);
    const reply = await this.client.call('GET', '/cash-registers/get-offline-time', OfflineTime, { license: true, query: { from_date: from.toISOString(), to_date: now.toISOString() } });
    if (reply.kind !== 'ok') return reply;
    const online = await this.client.call('GET', '/cash-registers/info', RegisterMode, { license: true, auth: false });
    if (online.kind !== 'ok') return online;
    const offline = online.value.offline_mode === true;
    const sessions = reply.value.sessions.map((s, index, all) => ({
      start: new Date(s.start),
      // The service reports the open session with its end at "now": it is open while the register is offline.
      ...(index === all.length - 1 && offline ? {} : { end: new Date(s.end ?? now) }),
    }));
    return { ...reply, value: { offline, sessions } };
  }

  /** Whether the register is in offline mode now. */
  async isOffline(): Promise<Reply<boolean>> {
    const reply = await this.client.call('GET', '/cash-registers/info', RegisterMode, { license: true, auth: false });
    return reply.kind === 'ok' ? { ...reply, value: reply.value.offline_mode === true } : reply;
  }

  /** What is used and left of the 36-hour and 168-hour budgets at `now`, from the register's own sessions. */
  async budget(now: Date, warnings?: OfflineWarnings): Promise<Reply<OfflineBudget>> {
    const reply = await this.sessions(now);
    return reply.kind === 'ok' ? { ...reply, value: offlineBudget(reply.value.sessions, now, warnings) } : reply;
  }
}
