import { formatLocale, type Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(formatLocale[locale], { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A share as a percent, the locale's way ("45 %" in az and ru, "45%" in uk and en): whole
 * percents, and one decimal under 1 % so a small share does not read as nothing ("0,4 %").
 */
export function formatPercent(part: number, whole: number, locale: Locale): string {
  const share = whole === 0 ? 0 : part / whole;
  return formatter(locale, share !== 0 && Math.abs(share) < 0.01 ? 1 : 0).format(share);
}
