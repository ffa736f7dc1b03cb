import type { TFunction } from 'i18next';
import { OfficeAdminErrorCode } from '../../../shared/office/office-admin';
import { OfficeCallError } from './office-client';

/** A refused change of the office API in the manager's words; undefined when there is none. */
export function officeErrorText(t: TFunction, error: unknown): string | undefined {
  if (!error) return undefined;
  const code = OfficeAdminErrorCode.safeParse(error instanceof OfficeCallError ? error.code : undefined);
  if (!code.success) return t('officePage.errors.failed');
  switch (code.data) {
    case 'badRequest':
    case 'tooLarge':
      return t('officePage.errors.badRequest');
    case 'codeTaken':
      return t('officePage.errors.codeTaken');
    case 'notFound':
      return t('officePage.errors.notFound');
    case 'tooManyAttempts':
      return t('officePage.errors.tooManyAttempts');
    case 'unauthorized':
    case 'signInFailed':
      return t('officePage.signIn.title');
    case 'unavailable':
      return t('officePage.errors.failed');
  }
}
