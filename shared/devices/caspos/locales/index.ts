import type { Locale } from '../../../locale';
import { casposErrorsAz } from './errors.az';
import { casposErrorsEn } from './errors.en';
import { casposErrorsRu } from './errors.ru';
import { casposErrorsUk } from './errors.uk';
import { casposSettingsAz } from './settings.az';
import { casposSettingsEn } from './settings.en';
import { casposSettingsRu } from './settings.ru';
import { casposSettingsUk } from './settings.uk';

/** Everything of Caspos the renderer shows, by language: under the i18n key `caspos`. */
export const casposTexts = {
  az: { errors: casposErrorsAz, settings: casposSettingsAz },
  uk: { errors: casposErrorsUk, settings: casposSettingsUk },
  ru: { errors: casposErrorsRu, settings: casposSettingsRu },
  en: { errors: casposErrorsEn, settings: casposSettingsEn },
} satisfies Record<Locale, unknown>;
