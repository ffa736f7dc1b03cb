import type { Locale } from '../../../locale';
import { checkboxErrorsAz } from './errors.az';
import { checkboxSettingsAz, checkboxTrainingAz } from './settings.az';
import { checkboxErrorsEn } from './errors.en';
import { checkboxSettingsEn, checkboxTrainingEn } from './settings.en';
import { checkboxErrorsRu } from './errors.ru';
import { checkboxSettingsRu, checkboxTrainingRu } from './settings.ru';
import { checkboxErrorsUk } from './errors.uk';
import { checkboxSettingsUk, checkboxTrainingUk } from './settings.uk';

/** Everything of Checkbox the renderer shows, by language: under the i18n key `checkbox`. */
export const checkboxTexts = {
  az: { errors: checkboxErrorsAz, settings: checkboxSettingsAz, training: checkboxTrainingAz },
  uk: { errors: checkboxErrorsUk, settings: checkboxSettingsUk, training: checkboxTrainingUk },
  ru: { errors: checkboxErrorsRu, settings: checkboxSettingsRu, training: checkboxTrainingRu },
  en: { errors: checkboxErrorsEn, settings: checkboxSettingsEn, training: checkboxTrainingEn },
} satisfies Record<Locale, unknown>;
