import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session-store';
import { Dialog } from '../ui/Dialog';

/** The shift is open but nobody has said who sells: every receipt carries the cashier's name. */
export function CashierNameDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const setCashierName = useSession((s) => s.setCashierName);
  const [name, setName] = useState('');
  return (
    <Dialog title={t('shift.cashierName')} onClose={onClose}>
      <div className="fields">
        <label>
          {t('shift.cashierName')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={128} autoFocus data-testid="cashier-name" />
        </label>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          className="touch primary"
          disabled={!name.trim()}
          data-testid="confirm-cashier"
          onClick={() => {
            setCashierName(name.trim());
            onClose();
          }}
        >
          {t('keypad.ok')}
        </button>
      </div>
    </Dialog>
  );
}
