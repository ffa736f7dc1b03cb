import { OfficeFailure } from './failure';

/** Ten wrong codes or passwords a minute from one address is typing; more is guessing. */
const allowed = 10;
const windowMs = 60_000;

/**
 * Wrong enrolment codes and wrong passwords by remote address, in memory: a guesser is slowed to
 * ten tries a minute (an enrolment code then takes on the order of 10^10 minutes to find, a day
 * is all it lives). A restart forgets, which gives a guesser ten more tries, not more.
 */
export class FailedAttempts {
  private readonly byAddress = new Map<string, { count: number; since: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Refuses before any work when the address used up its tries in this window. */
  check(address: string, refusal: OfficeFailure): void {
    const entry = this.byAddress.get(address);
    if (entry && this.now() - entry.since < windowMs && entry.count >= allowed) throw refusal;
  }

  /** Runs `attempt`; a refusal with one of `counted` codes counts against the address. */
  async guard<T>(address: string, counted: readonly string[], refusal: OfficeFailure, attempt: () => Promise<T>): Promise<T> {
    this.check(address, refusal);
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof OfficeFailure && counted.includes(error.code)) this.note(address);
      throw error;
    }
  }

  private note(address: string): void {
    const time = this.now();
    const entry = this.byAddress.get(address);
    if (!entry || time - entry.since >= windowMs) this.byAddress.set(address, { count: 1, since: time });
    else entry.count += 1;
    // Old windows are dropped as new ones come, so the map holds only this minute's guessers.
    if (this.byAddress.size > 10_000) for (const [key, old] of this.byAddress) if (time - old.since >= windowMs) this.byAddress.delete(key);
  }
}
