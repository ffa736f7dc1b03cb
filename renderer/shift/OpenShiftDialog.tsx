import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceRefusal } from '../../shared/devices/refusal';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { KassaCallError } from '../kassa-api';
import { useOpenShift } from '../queries/use-shift';
import { useSession } from '../session-store';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';

/** Opens the device's shift with the cash put in the drawer at the start (the opening float). */
export function OpenShiftDialog({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [float, setFloat] = useState(0);
  const [editing, setEditing] = useState(false);
  const open = useOpenShift();
  const error = open.error instanceof KassaCallError ? open.error.error : undefined;
  const refusal = error?.code === 'device_rejected' ? DeviceRefusal.safeParse(error.details).data : undefined;
  return (
    <Dialog title={t('shift.openTitle')} onClose={onClose}>
      <div className="fields">
        <p>
          {t('shift.cashierName')}: <strong data-testid="cashier-name">{cashierName}</strong>
        </p>
        <button type="button" className="touch tender" onClick={() => setEditing(true)} data-testid="opening-float">
          <span>{t('shift.openingFloat')}</span>
          <strong>{formatMoney(float, currency, locale)}</strong>
        </button>
      </div>
      {refusal && <DeviceErrorMessage refusal={refusal} />}
      {error && !refusal && (
        <p className="device-error" role="alert">
          {t(errorMessageKey[error.code])}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose}>
          {t('keypad.cancel')}
        </button>
        <button
          type="button"
          className="touch primary"
          disabled={open.isPending}
          data-testid="confirm-open-shift"
          onClick={() => open.mutate({ openingFloat: float }, { onSuccess: onClose })}
        >
          {t('shift.open')}
        </button>
      </div>
      {editing && (
        <Keypad
          title={t('shift.openingFloat')}
          decimals={2}
          onClose={() => setEditing(false)}
          onDone={(amount) => {
            setFloat(amount);
            setEditing(false);
          }}
        />
      )}
    </Dialog>
  );
}
