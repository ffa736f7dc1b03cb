/** A day of the shop's clock, `YYYY-MM-DD`. */
export type LocalDate = string;
/** An hour of the shop's clock, `YYYY-MM-DDTHH` (the hour from HH:00 to HH:59). */
export type LocalHour = string;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * The shop's wall clock in its time zone, for instants the journal stores in UTC. Offsets are
 * looked up once per UTC hour: the zones we serve change their offset only on whole UTC hours,
 * and a day's dashboard then asks Intl some 24 times instead of once per receipt.
 */
export class ShopClock {
  private readonly parts: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }

  /** The shop's wall clock minus UTC at an instant, in milliseconds (+4 h in Baku). */
  offsetMs(instant: number): number {
    const hour = Math.floor(instant / hourMs);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const at = hour * hourMs;
      const parts = this.parts.formatToParts(at);
      const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
      offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - at;
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** "UTC+4", "UTC+5:30", "UTC-3": the offset as a person reads it, for a note beside the hours. */
  offsetLabel(instant: number): string {
    const minutes = Math.round(this.offsetMs(instant) / 60_000);
    const sign = minutes < 0 ? '-' : '+';
    const hours = Math.floor(Math.abs(minutes) / 60);
    const rest = Math.abs(minutes) % 60;
    return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
  }

  hourOf(instant: number): LocalHour {
    return this.wallClock(instant).slice(0, 13);
  }

  dateOf(instant: number): LocalDate {
    return this.wallClock(instant).slice(0, 10);
  }

  /** The instants [from, to) of a day of the shop; 23 or 25 hours long where clocks change. */
  dayRange(date: LocalDate): { from: Date; to: Date } {
    return { from: new Date(this.midnight(date)), to: new Date(this.midnight(addDays(date, 1))) };
  }

  /** The wall clock written as if it were UTC, so its digits read as the shop's clock. */
  private wallClock(instant: number): string {
    return new Date(instant + this.offsetMs(instant)).toISOString();
  }

  private midnight(date: LocalDate): number {
    const wall = Date.parse(`${date}T00:00:00Z`);
    // The offset at the first guess may differ from the one at the answer across a clock change.
    const guess = wall - this.offsetMs(wall);
    return wall - this.offsetMs(guess);
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The wall-clock hour after `hour`, counted on the clock's face (a skipped hour still has a slot). */
export function nextHour(hour: LocalHour): LocalHour {
  return new Date(Date.parse(`${hour}:00:00Z`) + hourMs).toISOString().slice(0, 13);
}
