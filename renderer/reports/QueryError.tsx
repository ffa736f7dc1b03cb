import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import { DeviceRefusal } from '../../shared/devices/refusal';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { KassaCallError } from '../kassa-api';

/** Why a report could not be read: the device's refusal explained, or the error's translation. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof KassaCallError)) return null;
  const { code, details } = error.error;
  const refusal = code === 'device_rejected' ? DeviceRefusal.safeParse(details).data : undefined;
  if (refusal) return <DeviceErrorMessage refusal={refusal} />;
  return (
    <p className="device-error" role="alert">
      {t(errorMessageKey[code])}
    </p>
  );
}
