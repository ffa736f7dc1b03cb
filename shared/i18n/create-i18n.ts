import i18next, { type i18n } from 'i18next';
import { defaultLocale, Locale } from '../locale';
import { resources } from './resources';

/** One instance per host: the renderer binds it to React, the CLIs and the shell use it bare. */
export function createI18n(locale: Locale = defaultLocale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: Locale.options,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Picks a locale from a POSIX locale string such as `uk_UA.UTF-8`, for the CLIs. */
export function localeFromEnvironment(value: string | undefined): Locale {
  const parsed = Locale.safeParse(value?.slice(0, 2).toLowerCase());
  return parsed.success ? parsed.data : 'en';
}
