import { useTranslation } from 'react-i18next';
import { KassaCallError } from '../kassa-api';
import { appErrorText } from './app-error-text';

/** A failed call's typed error, in the cashier's language; nothing when there is none. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="device-error" role="alert">
      {appErrorText(t, error instanceof KassaCallError ? error.error : { code: 'internal', message: 'not a typed error' })}
    </p>
  );
}
