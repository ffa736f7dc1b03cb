import type { TFunction } from 'i18next';
import { formatDateTime } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import type { AppError } from '../../shared/result';

/** A wrong or locked PIN says how many tries are left, or until when: more than the bare code. */
export function pinErrorText(t: TFunction, error: AppError, locale: Locale): string | undefined {
  const details = error.details as { attemptsLeft?: number; until?: string } | undefined;
  if (error.code === 'pin_wrong' && details?.attemptsLeft !== undefined) return t('people.pinWrong', { attempts: details.attemptsLeft });
  if (error.code === 'pin_locked' && details?.until) {
    return t('people.pinLocked', { time: formatDateTime(new Date(details.until), locale) });
  }
  return undefined;
}
