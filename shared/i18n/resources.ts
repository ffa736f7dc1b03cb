import type { Locale } from '../locale';
import type { ErrorCode } from '../result';
import { az } from './locales/az';
import { en, type LocaleResource } from './locales/en';
import { ru } from './locales/ru';
import { uk } from './locales/uk';

export const resources: Record<Locale, { translation: LocaleResource }> = {
  az: { translation: az },
  uk: { translation: uk },
  ru: { translation: ru },
  en: { translation: en },
};

/** Written out, not built from the code, so every key stays findable in the source. */
export const errorMessageKey = {
  invalid_input: 'errors.invalid_input',
  unknown_channel: 'errors.unknown_channel',
  unauthorized: 'errors.unauthorized',
  payload_too_large: 'errors.payload_too_large',
  internal: 'errors.internal',
  device_rejected: 'errors.device_rejected',
  device_no_answer: 'errors.device_no_answer',
  device_unavailable: 'errors.device_unavailable',
  journal_busy: 'errors.journal_busy',
  import_invalid: 'errors.import_invalid',
  not_signed_in: 'errors.not_signed_in',
  approval_required: 'errors.approval_required',
  pin_wrong: 'errors.pin_wrong',
  pin_locked: 'errors.pin_locked',
  not_permitted: 'errors.not_permitted',
  person_exists: 'errors.person_exists',
  last_approver: 'errors.last_approver',
  setup_done: 'errors.setup_done',
  shift_unsettled: 'errors.shift_unsettled',
  document_invalid: 'errors.document_invalid',
  storage_failed: 'errors.storage_failed',
  journal_blocked: 'errors.journal_blocked',
  not_supported: 'errors.not_supported',
  import_busy: 'errors.import_busy',
  import_cancelled: 'errors.import_cancelled',
  import_too_large: 'errors.import_too_large',
  import_unreadable: 'errors.import_unreadable',
  office_failed: 'errors.office_failed',
  office_joined: 'errors.office_joined',
  office_products: 'errors.office_products',
} as const satisfies Record<ErrorCode, `errors.${ErrorCode}`>;

/** Languages are named in themselves, so a cashier finds theirs whatever is on screen. */
/**
 * Each language's short name in itself, for a narrow header: "UK" would read as the United
 * Kingdom, and a Ukrainian cashier looks for "Укр".
 */
export const localeShortNames: Record<Locale, string> = {
  az: 'Az',
  uk: 'Укр',
  ru: 'Рус',
  en: 'Eng',
};

export const localeNames: Record<Locale, string> = {
  az: 'Azərbaycanca',
  uk: 'Українська',
  ru: 'Русский',
  en: 'English',
};
