import { useTranslation } from 'react-i18next';
import type { AdvanceAccount } from '../../shared/flows/accounts';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { vatRateKey } from '../../shared/i18n/vat-keys';

/** The advance chosen to pay part of the sale, what is left on it, and a way to choose another. */
export function AdvanceChoice({ advance, onChoose, currency, locale }: { advance: AdvanceAccount | undefined; onChoose: () => void; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className="fields advance-choice">
      {advance && (
        <p data-testid="advance-chosen">
          {t('flows.advance.chosen', { number: advance.documentNumber, amount: formatMoney(advance.balance, currency, locale) })}
          {advance.clientName ? ` · ${advance.clientName}` : ''} · {t(vatRateKey[advance.vatRate])}
        </p>
      )}
      <button type="button" className="touch" onClick={onChoose} data-testid="advance-choose">
        {advance ? t('flows.advance.choose') : t('flows.advance.pick')}
      </button>
    </div>
  );
}
