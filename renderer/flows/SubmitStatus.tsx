import { useTranslation } from 'react-i18next';
import { FlowRefusal } from '../../shared/flows/problems';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { appErrorText } from '../ui/app-error-text';
import { FlowProblemMessage } from './FlowProblemMessage';
import type { SubmitState } from './use-submit-document';

/** A sent document's fate while it is not done: the device's refusal, the journal's, or the wait. */
export function SubmitStatus({ state, currency, locale }: { state: SubmitState; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const { rejected, failure, waiting } = state;
  const refusal = failure?.code === 'document_invalid' ? FlowRefusal.safeParse(failure.details) : undefined;
  return (
    <>
      {rejected && <DeviceErrorMessage refusal={rejected} />}
      {refusal?.success && <FlowProblemMessage refusal={refusal.data} currency={currency} locale={locale} />}
      {failure && !refusal?.success && (
        <p className="device-error" role="alert">
          {appErrorText(t, failure)}
        </p>
      )}
      {waiting && (
        <p className="waiting" role="status" data-testid="payment-waiting">
          {waiting === 'unknown' ? t('payment.noAnswerYet') : t('payment.sending')}
        </p>
      )}
    </>
  );
}
