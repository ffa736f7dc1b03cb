import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { useKassaApi } from '../kassa-api';
import { Dialog } from '../ui/Dialog';
import { useApproval } from './approval-store';
import { auditActionKey } from './labels';
import { PinPad } from './PinPad';
import { pinErrorText } from './pin-error';

/** A manager approves one action of the signed-in cashier with their PIN. */
export function ApprovalDialog({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const pending = useApproval((s) => s.pending);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!pending) return null;
  const close = (approved: boolean) => {
    setProblem(undefined);
    pending.settle(approved);
  };
  const approve = async (pin: string) => {
    setBusy(true);
    const result = await api.invoke('session.approve', { action: pending.action, pin });
    setBusy(false);
    if (result.ok) close(true);
    else setProblem(pinErrorText(t, result.error, locale) ?? t(errorMessageKey[result.error.code]));
  };
  return (
    <Dialog title={t('people.approvalTitle')} onClose={() => close(false)}>
      <p data-testid="approval-action">{t('people.approvalFor', { action: t(auditActionKey[pending.action]) })}</p>
      <PinPad label={t('people.managerPin')} busy={busy} onSubmit={(pin) => void approve(pin)} />
      {problem && (
        <p className="device-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={() => close(false)} data-testid="approval-cancel">
          {t('keypad.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
