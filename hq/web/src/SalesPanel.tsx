import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { formatMoney } from '../../../shared/money';
import { HourlySales } from '../../../renderer/dashboard/HourlySales';
import { SummaryTiles } from '../../../renderer/dashboard/SummaryTiles';
import { TenderMix } from '../../../renderer/dashboard/TenderMix';
import { TopProducts } from '../../../renderer/dashboard/TopProducts';
import { Loading } from './Loading';
import { useSales } from './use-office';

/**
 * The day's takings with the till dashboard's own tiles and charts, once for each currency and
 * clock, then shop by shop and till by till.
 */
export function SalesPanel({ shop, date, locale }: { shop: string | undefined; date: string; locale: Locale }) {
  const { t } = useTranslation();
  const sales = useSales(shop, date);
  const data = sales.data;
  return (
    <section className="office-section" aria-labelledby="sales-title" data-testid="office-sales" aria-busy={sales.isFetching}>
      <h2 id="sales-title">{t('officePage.sales.title')}</h2>
      {!data ? (
        <Loading failed={sales.isError} />
      ) : (
        <>
          {data.groups.map((group) => (
            <div className="dashboard office-group" key={`${group.currency} ${group.timeZone}`} data-testid={`sales-${group.currency}`}>
              <p className="muted">{t('officePage.sales.clock', { currency: group.currency, timeZone: group.timeZone })}</p>
              <SummaryTiles totals={group.figures.totals} currency={group.currency} locale={locale} />
              {group.figures.hours.length === 0 ? (
                <p className="dashboard-empty">{t('dashboard.empty.day')}</p>
              ) : (
                <div className="dashboard-panels">
                  <HourlySales hours={group.figures.hours} currency={group.currency} locale={locale} />
                  <TenderMix figures={group.figures.tenders} currency={group.currency} locale={locale} />
                  <TopProducts byAmount={group.figures.topByAmount} byQuantity={group.figures.topByQuantity} currency={group.currency} locale={locale} />
                </div>
              )}
            </div>
          ))}
          {data.unreadable > 0 && (
            <p className="journal-unsettled" role="status">
              {t('officePage.sales.unreadable', { count: data.unreadable })}
            </p>
          )}
          <div className="panel office-panel">
            <table className="figures" data-testid="sales-by-till">
              <caption>{t('officePage.sales.byTill')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('officePage.tills.shop')}</th>
                  <th scope="col">{t('officePage.tills.till')}</th>
                  <th scope="col">{t('officePage.sales.receipts')}</th>
                  <th scope="col">{t('officePage.sales.refunds')}</th>
                  <th scope="col">{t('officePage.sales.net')}</th>
                </tr>
              </thead>
              {data.shops.map((s) => (
                <tbody key={s.shopId}>
                  <tr className="office-shop-row" data-testid="sales-shop">
                    <th scope="row" colSpan={2}>
                      {s.name}
                    </th>
                    <td>{s.totals.receipts}</td>
                    <td>{formatMoney(s.totals.refunds, s.currency, locale)}</td>
                    <td>{formatMoney(s.totals.net, s.currency, locale)}</td>
                  </tr>
                  {s.tills.map((till) => (
                    <tr key={till.tillId} data-testid="sales-till">
                      <td />
                      <th scope="row">{till.name}</th>
                      <td>{till.totals.receipts}</td>
                      <td>{formatMoney(till.totals.refunds, s.currency, locale)}</td>
                      <td>{formatMoney(till.totals.net, s.currency, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
