import type { LocalDate } from '../../shared/shop-time';

/**
 * A moment the cashier enters by touch: a day stepped back and forth from today, and a time typed
 * as digits that fill HH:MM from the right, as on a microwave (9, 3, 0 is 09:30).
 */
export interface TimeOfDay {
  hours: number;
  minutes: number;
}

/** Up to four digits as a time of day; undefined when they are not one (25:00, 09:75, nothing). */
export function timeOfDigits(digits: string): TimeOfDay | undefined {
  if (!/^\d{1,4}$/.test(digits)) return undefined;
  const padded = digits.padStart(4, '0');
  const hours = Number(padded.slice(0, 2));
  const minutes = Number(padded.slice(2));
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : undefined;
}

/** HH:MM as the digits show it so far. */
export function showDigits(digits: string): string {
  const padded = digits.padStart(4, '0');
  return `${padded.slice(0, 2)}:${padded.slice(2)}`;
}

/** Midnight of the day `offset` days from `today` (negative: before), in this PC's time zone. */
export function dayFrom(today: Date, offset: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
}

export function at(day: Date, time: TimeOfDay): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), time.hours, time.minutes);
}

/** Whole days from `today` back to `moment`'s day (0 today, -1 yesterday). */
export function dayOffset(today: Date, moment: Date): number {
  return Math.round((dayFrom(moment, 0).getTime() - dayFrom(today, 0).getTime()) / 86_400_000);
}

/** The day of a moment on this PC's calendar, as the app's dates are written (YYYY-MM-DD). */
export function localDateOf(moment: Date): LocalDate {
  return `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
}

export function digitsOf(moment: Date): string {
  return `${String(moment.getHours()).padStart(2, '0')}${String(moment.getMinutes()).padStart(2, '0')}`;
}
