import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';

export function ReceiptPanel({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t('shell.cart.title')}</h2>
      <p className="receipt-empty">{t('shell.cart.empty')}</p>
      <div className="receipt-total">
        <span>{t('shell.cart.total')}</span>
        <output data-testid="receipt-total">{formatMoney(0, currency, locale)}</output>
      </div>
    </section>
  );
}
