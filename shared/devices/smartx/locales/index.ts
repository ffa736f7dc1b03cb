import type { Locale } from '../../../locale';
import { smartxErrorsAz } from './errors.az';
import { smartxSettingsAz } from './settings.az';
import { smartxErrorsEn } from './errors.en';
import { smartxSettingsEn } from './settings.en';
import { smartxErrorsRu } from './errors.ru';
import { smartxSettingsRu } from './settings.ru';
import { smartxErrorsUk } from './errors.uk';
import { smartxSettingsUk } from './settings.uk';

/** Everything of SmartX the renderer shows, by language: under the i18n key `smartx`. */
export const smartxTexts = {
  az: { errors: smartxErrorsAz, settings: smartxSettingsAz },
  uk: { errors: smartxErrorsUk, settings: smartxSettingsUk },
  ru: { errors: smartxErrorsRu, settings: smartxSettingsRu },
  en: { errors: smartxErrorsEn, settings: smartxSettingsEn },
} satisfies Record<Locale, unknown>;
