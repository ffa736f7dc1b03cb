import { formatLocale, type Locale } from '../../../shared/locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant on a shop's clock, numeric as on the till (dd.MM.yyyy HH:mm in az, uk, ru). */
export function formatShopTime(iso: string, timeZone: string, locale: Locale): string {
  const key = `${locale} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(formatLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
    formatters.set(key, f);
  }
  return f.format(Date.parse(iso));
}
