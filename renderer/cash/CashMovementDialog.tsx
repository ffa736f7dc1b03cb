import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxCashReasonLength } from '../../shared/fiscal/limits';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { shopSettingDefinitions } from '../../shared/settings';
import { useExpectedCash } from '../queries/use-reports';
import { useShopSettings } from '../queries/use-shop-settings';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { TextField } from '../ui/TextField';

export type CashMovementKind = 'deposit' | 'withdraw';

export interface CashMovement {
  kind: CashMovementKind;
  sum: number;
  reason?: string;
}

type Step = { step: 'amount' } | { step: 'reason'; sum: number } | { step: 'confirm'; sum: number; reason: string | undefined };

/**
 * Cash into or out of the drawer, step by step: the amount; for a withdrawal, why (required);
 * above the shop's limit, the amount repeated in full to confirm before anything reaches the device.
 */
export function CashMovementDialog({ kind, currency, locale, onSubmit, onClose }: { kind: CashMovementKind; currency: Currency; locale: Locale; onSubmit: (movement: CashMovement) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const limit = useShopSettings().data?.cashConfirmAbove ?? shopSettingDefinitions.cashConfirmAbove.fallback;
  const expected = useExpectedCash().data?.expected;
  const [state, setState] = useState<Step>({ step: 'amount' });
  const [reason, setReason] = useState('');
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const title = kind === 'deposit' ? t('cash.in') : t('cash.out');
  const finish = (sum: number, why: string | undefined) => {
    if (sum > limit) setState({ step: 'confirm', sum, reason: why });
    else onSubmit({ kind, sum, reason: why });
  };
  switch (state.step) {
    case 'amount':
      return (
        <Keypad
          title={title}
          decimals={2}
          onClose={onClose}
          onDone={(sum) => {
            if (sum <= 0) onClose();
            else if (kind === 'withdraw') setState({ step: 'reason', sum });
            else finish(sum, undefined);
          }}
        />
      );
    case 'reason': {
      const trimmed = reason.trim();
      return (
        <Dialog title={title} onClose={onClose}>
          <form
            className="fields"
            onSubmit={(event) => {
              event.preventDefault();
              if (trimmed) finish(state.sum, trimmed);
            }}
          >
            <p className="big-amount">{money(state.sum)}</p>
            <TextField label={t('till.movement.reason')} value={reason} onChange={setReason} maxLength={maxCashReasonLength} testId="cash-reason" />
            <p className="hint">{t('till.movement.reasonHint')}</p>
            {!trimmed && (
              <p className="hint" data-testid="cash-reason-needed">
                {t('till.movement.reasonNeeded')}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="touch" onClick={onClose}>
                {t('keypad.cancel')}
              </button>
              <button type="submit" className="touch primary" disabled={!trimmed} data-testid="cash-reason-next">
                {t('till.movement.next')}
              </button>
            </div>
          </form>
        </Dialog>
      );
    }
    case 'confirm':
      return (
        <Dialog title={t('till.movement.confirmTitle')} onClose={onClose}>
          <div data-testid="cash-confirm">
            <p className="big-amount">{t(kind === 'deposit' ? 'till.movement.confirmIn' : 'till.movement.confirmOut', { amount: money(state.sum) })}</p>
            <p className="warning">{t('till.movement.aboveLimit', { limit: money(limit) })}</p>
            {kind === 'withdraw' && expected !== undefined && state.sum > expected && <p className="warning">{t('till.movement.moreThanExpected', { expected: money(expected) })}</p>}
            {state.reason && <p>{t('till.audit.reason', { reason: state.reason })}</p>}
            <div className="dialog-actions">
              <button type="button" className="touch" onClick={() => setState({ step: 'amount' })} data-testid="cash-confirm-back">
                {t('till.movement.back')}
              </button>
              <button type="button" className="touch primary" onClick={() => onSubmit({ kind, sum: state.sum, reason: state.reason })} data-testid="cash-confirm-ok">
                {t('till.movement.confirm', { amount: money(state.sum) })}
              </button>
            </div>
          </div>
        </Dialog>
      );
  }
}
