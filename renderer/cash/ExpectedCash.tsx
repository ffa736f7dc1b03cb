import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { useExpectedCash, useReportsFollowJournal } from '../queries/use-reports';
import { QueryError } from '../reports/QueryError';
import { Facts } from '../ui/Facts';

/** What the drawer should hold now and where it came from, following the journal as documents settle. */
export function ExpectedCash({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  useReportsFollowJournal();
  const cash = useExpectedCash();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <section className="expected-cash" aria-label={t('till.expected.title')} data-testid="expected-cash">
      <h2 className="section-title">{t('till.expected.title')}</h2>
      <QueryError error={cash.error} />
      {cash.data && (
        <>
          <p className="expected-figure">
            <span>{t('till.expected.expected')}</span> <strong data-testid="expected-cash-total">{money(cash.data.expected)}</strong>
          </p>
          <Facts
            rows={[
              [t('till.expected.openingFloat'), money(cash.data.openingFloat)],
              [t('till.expected.cashSales'), money(cash.data.cashSales)],
              [t('till.expected.cashRefunds'), `− ${money(cash.data.cashRefunds)}`],
              [t('till.expected.cashIn'), money(cash.data.cashIn)],
              [t('till.expected.cashOut'), `− ${money(cash.data.cashOut)}`],
            ]}
          />
          <p className="muted">{t('till.expected.explain')}</p>
        </>
      )}
    </section>
  );
}
