import { z } from 'zod';

export const Locale = z.enum(['az', 'uk', 'ru', 'en']);
export type Locale = z.infer<typeof Locale>;

export const locales = Locale.options;

export const defaultLocale: Locale = 'az';

/**
 * The Intl locale that formats numbers, money and dates for each app locale. Chromium, and so
 * Electron, ships ICU data trimmed to its own UI languages; Azerbaijani is not one of them and
 * formats there with root conventions ("AZN 12.50", "2026 M11 23"). German writes numbers and
 * numeric dates exactly as Azerbaijani does (1.234,50 ₼ and 23.11.2026), in every runtime.
 */
export const formatLocale: Record<Locale, string> = {
  az: 'de-DE',
  uk: 'uk-UA',
  ru: 'ru-RU',
  en: 'en-GB',
};
