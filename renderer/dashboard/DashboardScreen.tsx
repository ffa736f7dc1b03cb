import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardScope, DashboardSummary } from '../../shared/ipc/dashboard-channels';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { ShopClock } from '../../shared/shop-time';
import { KassaCallError } from '../kassa-api';
import { useDashboard } from '../queries/use-dashboard';
import { HourlySales } from './HourlySales';
import { PeriodPicker } from './PeriodPicker';
import { SummaryTiles } from './SummaryTiles';
import { TenderMix } from './TenderMix';
import { TopProducts } from './TopProducts';

const otherKey = {
  prepayment: 'documents.prepayment',
  creditPay: 'documents.creditPay',
  correction: 'documents.correction',
} as const satisfies Record<keyof DashboardSummary['other'], `documents.${keyof DashboardSummary['other']}`>;

/** The takings of the current shift or of a day, on the device's clock: for the manager, at a glance. */
export function DashboardScreen({ currency, locale, timeZone }: { currency: Currency; locale: Locale; timeZone: string }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<DashboardScope>({ scope: 'shift' });
  const summary = useDashboard(scope);
  const clock = useMemo(() => new ShopClock(timeZone), [timeZone]);
  // "Today" moves on at the shop's midnight while the screen stays open.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const data = summary.data;
  const failure = summary.error instanceof KassaCallError ? summary.error.error.code : summary.error ? 'internal' : undefined;
  const other = data ? (Object.keys(otherKey) as (keyof typeof otherKey)[]).filter((kind) => data.other[kind].count > 0) : [];
  return (
    <section className="dashboard" data-testid="dashboard" aria-busy={summary.isFetching}>
      <div className="dashboard-bar">
        <PeriodPicker scope={scope} today={clock.dateOf(now)} locale={locale} onChange={setScope} />
        <p className="muted dashboard-clock">{t('dashboard.clock', { offset: clock.offsetLabel(now) })}</p>
        {data && data.unsettled > 0 && (
          <p className="journal-unsettled" data-testid="dashboard-unsettled">
            {t('dashboard.unsettled', { count: data.unsettled })}
          </p>
        )}
      </div>
      {failure && (
        <p className="device-error" role="alert">
          {t(errorMessageKey[failure])}
        </p>
      )}
      {!data && !failure && <p className="muted">{t('dashboard.loading')}</p>}
      {data && (
        <>
          <SummaryTiles totals={data.totals} currency={currency} locale={locale} />
          {data.hours.length === 0 ? (
            <p className="dashboard-empty" data-testid="dashboard-empty">
              {scope.scope === 'shift' ? t('dashboard.empty.shift') : t('dashboard.empty.day')}
            </p>
          ) : (
            <div className="dashboard-panels">
              <HourlySales hours={data.hours} currency={currency} locale={locale} />
              <TenderMix figures={data.tenders} currency={currency} locale={locale} />
              <TopProducts byAmount={data.topByAmount} byQuantity={data.topByQuantity} currency={currency} locale={locale} />
            </div>
          )}
          {other.length > 0 && (
            <p className="muted dashboard-other" data-testid="dashboard-other">
              {t('dashboard.other')}:{' '}
              {other.map((kind) => `${t(otherKey[kind])} ${formatMoney(data.other[kind].total, currency, locale)} (${data.other[kind].count})`).join(' · ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
