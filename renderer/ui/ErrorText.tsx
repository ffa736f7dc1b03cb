import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import { KassaCallError } from '../kassa-api';

/** A failed call's typed error, in the cashier's language; nothing when there is none. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof KassaCallError ? error.error.code : 'internal';
  return (
    <p className="device-error" role="alert">
      {t(errorMessageKey[code])}
    </p>
  );
}
