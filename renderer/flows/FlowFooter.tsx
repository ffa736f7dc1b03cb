import { useTranslation } from 'react-i18next';
import type { FlowRefusal } from '../../shared/flows/problems';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { FlowProblemMessage } from './FlowProblemMessage';
import { SubmitStatus } from './SubmitStatus';
import type { SubmitState } from './use-submit-document';

export interface Confirm {
  label: string;
  disabled: boolean;
  onClick: () => void;
  testId: string;
}

/** The end of every flow's dialog: why it cannot go yet, how the sent document fares, cancel and send. */
export function FlowFooter(props: {
  problem: FlowRefusal | undefined;
  state: SubmitState;
  currency: Currency;
  locale: Locale;
  onCancel: () => void;
  confirm: Confirm;
}) {
  const { t } = useTranslation();
  const { problem, state, currency, locale, confirm } = props;
  return (
    <>
      {problem && <FlowProblemMessage refusal={problem} currency={currency} locale={locale} />}
      <SubmitStatus state={state} currency={currency} locale={locale} />
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={props.onCancel} disabled={state.busy}>
          {t('keypad.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={confirm.disabled || state.busy} onClick={confirm.onClick} data-testid={confirm.testId}>
          {confirm.label}
        </button>
      </div>
    </>
  );
}
