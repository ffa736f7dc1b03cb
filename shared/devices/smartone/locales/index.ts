import type { Locale } from '../../../locale';
import { smartOneErrorsAz } from './errors.az';
import { smartOneSettingsAz } from './settings.az';
import { smartOneErrorsEn } from './errors.en';
import { smartOneSettingsEn } from './settings.en';
import { smartOneErrorsRu } from './errors.ru';
import { smartOneSettingsRu } from './settings.ru';
import { smartOneErrorsUk } from './errors.uk';
import { smartOneSettingsUk } from './settings.uk';

/** Everything of SmartOne the renderer shows, by language: under the i18n key `smartone`. */
export const smartOneTexts = {
  az: { errors: smartOneErrorsAz, settings: smartOneSettingsAz },
  uk: { errors: smartOneErrorsUk, settings: smartOneSettingsUk },
  ru: { errors: smartOneErrorsRu, settings: smartOneSettingsRu },
  en: { errors: smartOneErrorsEn, settings: smartOneSettingsEn },
} satisfies Record<Locale, unknown>;
