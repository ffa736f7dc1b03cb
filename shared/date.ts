import { formatLocale, type Locale } from './locale';

const formatters = new Map<Locale, Intl.DateTimeFormat>();
const dayFormatters = new Map<Locale, Intl.DateTimeFormat>();

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

/** A day alone, numeric as in formatDateTime (dd.MM.yyyy in az, uk, ru). */
export function formatDate(date: Date, locale: Locale): string {
  let f = dayFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(formatLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric' });
    dayFormatters.set(locale, f);
  }
  return f.format(date);
}
