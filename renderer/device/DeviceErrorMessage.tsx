import { useTranslation } from 'react-i18next';
import { casposErrorKeys, isCashierFacing } from '../../shared/i18n/caspos-error-keys';

/** The device's refusal for the cashier: what happened and what to do, else the device's own words. */
export function DeviceErrorMessage({ code, deviceText }: { code: number; deviceText: string }) {
  const { t } = useTranslation();
  return (
    <div className="device-error" role="alert" data-testid="device-error">
      {isCashierFacing(code) ? (
        <>
          <p className="explanation">{t(casposErrorKeys[code].explanation)}</p>
          <p className="action">{t(casposErrorKeys[code].action)}</p>
        </>
      ) : (
        <p className="explanation">{deviceText}</p>
      )}
      <p className="muted">{t('sale.deviceCode', { code })}</p>
    </div>
  );
}
