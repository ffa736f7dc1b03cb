import type { TFunction } from 'i18next';
import { z } from 'zod';
import { refusedFields } from '../../shared/ipc/refused-fields';
import { capabilityNeedKey } from '../../shared/i18n/capability-keys';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { AppError } from '../../shared/result';

/** The details of `not_supported`, checked: they come over the wire. */
const NotSupported = z.object({ capability: z.enum(Object.keys(capabilityNeedKey) as [keyof typeof capabilityNeedKey]) });

/** A typed error in the cashier's language; a refused input names the fields that were wrong, a refusal what the device lacks. */
export function appErrorText(t: TFunction, error: AppError): string {
  const fields = error.code === 'invalid_input' ? refusedFields(error.details) : [];
  if (fields.length > 0) return t('errors.invalidFields', { fields: fields.join(', ') });
  if (error.code === 'not_supported') {
    const details = NotSupported.safeParse(error.details);
    return t('errors.not_supported', { capability: details.success ? t(capabilityNeedKey[details.data.capability]) : '—' });
  }
  return t(errorMessageKey[error.code]);
}
