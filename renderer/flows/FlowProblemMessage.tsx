import { useTranslation } from 'react-i18next';
import type { FlowRefusal } from '../../shared/flows/problems';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { flowProblemKey } from './flow-problem-keys';

/** Why a flow's document cannot go yet, in the cashier's words, with the amount it is about. */
export function FlowProblemMessage({ refusal, currency, locale }: { refusal: FlowRefusal; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <p className="flow-problem" role="alert" data-testid="flow-problem">
      {t(flowProblemKey[refusal.problem], { amount: formatMoney(refusal.limit ?? 0, currency, locale) })}
    </p>
  );
}
