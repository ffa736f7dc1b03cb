import { z } from 'zod';
import { formatLocale, type Locale } from './locale';

export const Currency = z.enum(['AZN', 'UAH', 'BYN']);
export type Currency = z.infer<typeof Currency>;

/** Money is an integer count of minor units (qəpik, kopiyka); never a float. */
export const MinorUnits = z.number().int().safe();
export type MinorUnits = z.infer<typeof MinorUnits>;

/** All three currencies have 100 minor units to the major unit. */
const minorPerMajor = 100;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: Currency, locale: Locale): Intl.NumberFormat {
  const key = `${currency}:${locale}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(formatLocale[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    formatters.set(key, f);
  }
  return f;
}

/** Formats for display only; the division happens here because Intl wants major units. */
export function formatMoney(amount: MinorUnits, currency: Currency, locale: Locale): string {
  return formatter(currency, locale).format(amount / minorPerMajor);
}

const brief = new Map<string, Intl.NumberFormat>();

/**
 * Money without the minor units of a whole amount ("₼25", "₼0.30"): for a chart's axis, where
 * every label would repeat ",00" and crowd the ticks.
 */
export function formatMoneyBrief(amount: MinorUnits, currency: Currency, locale: Locale): string {
  const key = `${currency}:${locale}`;
  let f = brief.get(key);
  if (!f) {
    f = new Intl.NumberFormat(formatLocale[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', trailingZeroDisplay: 'stripIfInteger' });
    brief.set(key, f);
  }
  return f.format(amount / minorPerMajor);
}
