import type { TFunction } from 'i18next';
import { refusedFields } from '../../shared/ipc/refused-fields';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { AppError } from '../../shared/result';

/** A typed error in the cashier's language; a refused input names the fields that were wrong. */
export function appErrorText(t: TFunction, error: AppError): string {
  const fields = error.code === 'invalid_input' ? refusedFields(error.details) : [];
  return fields.length > 0 ? t('errors.invalidFields', { fields: fields.join(', ') }) : t(errorMessageKey[error.code]);
}
