import { useCallback, useState } from 'react';
import { defaultLocale, Locale } from '../../../shared/locale';

const localeKey = 'kassa-office-locale';

/** The manager's language: the one chosen here before, else the browser's if we have it. */
export function initialLocale(): Locale {
  const stored = Locale.safeParse(localStorage.getItem(localeKey));
  if (stored.success) return stored.data;
  const browser = Locale.safeParse(navigator.language.slice(0, 2).toLowerCase());
  return browser.success ? browser.data : defaultLocale;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(localeKey, locale);
  document.documentElement.lang = locale;
}

export interface PageFilter {
  /** A shop's id, or undefined for every shop. */
  shop: string | undefined;
  /** A day (`YYYY-MM-DD`) of the shop's clock, or undefined for today. */
  date: string | undefined;
}

/**
 * The shop and the day live in the address (`?shop=…&date=…`), so a manager can bookmark or send
 * "yesterday in the second shop" and the browser's back button works as expected.
 */
export function usePageFilter(): [PageFilter, (next: PageFilter) => void] {
  const [filter, setFilter] = useState<PageFilter>(() => {
    const params = new URLSearchParams(window.location.search);
    const date = params.get('date');
    return { shop: params.get('shop') ?? undefined, date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined };
  });
  const change = useCallback((next: PageFilter) => {
    const params = new URLSearchParams();
    if (next.shop) params.set('shop', next.shop);
    if (next.date) params.set('date', next.date);
    window.history.replaceState(null, '', `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`);
    setFilter(next);
  }, []);
  return [filter, change];
}
