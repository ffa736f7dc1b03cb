import { formatLocale, type Locale } from './locale';
import type { LocalDate } from './shop-time';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** Numeric, as on receipts and in the device's own answers (dd.MM.yyyy HH:mm in az, uk, ru). */
export function formatDateTime(date: Date, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(formatLocale[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(locale, f);
  }
  return f.format(date);
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** A day of the shop's clock (`YYYY-MM-DD`), numeric: read as written, in no time zone. */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  let f = dateFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(formatLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(locale, f);
  }
  return f.format(Date.parse(`${date}T00:00:00Z`));
}
