import { useTranslation } from 'react-i18next';
import type { DeviceRefusal } from '../../shared/devices/refusal';

/** The device's refusal for the cashier: what happened and what to do, else the device's own words. */
export function DeviceErrorMessage({ refusal }: { refusal: DeviceRefusal }) {
  const { t } = useTranslation();
  return (
    <div className="device-error" role="alert" data-testid="device-error">
      {refusal.cashier ? (
        <>
          <p className="explanation">{t(refusal.cashier.explanation as never)}</p>
          <p className="action">{t(refusal.cashier.action as never)}</p>
        </>
      ) : (
        <p className="explanation">{refusal.deviceText}</p>
      )}
      <p className="muted">{t('sale.deviceCode', { code: refusal.code })}</p>
    </div>
  );
}
