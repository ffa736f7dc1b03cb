import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { formatMoney } from '../../../shared/money';
import { formatShopTime } from './format-time';
import { Loading } from './Loading';
import { useZReports } from './use-office';

/** Every till's Z reports of the day: the device's figures and how many differ from the journal. */
export function ZReportsPanel({ shop, date, zones, locale }: { shop: string | undefined; date: string; zones: ReadonlyMap<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const reports = useZReports(shop, date);
  const data = reports.data;
  return (
    <section className="panel office-panel" aria-labelledby="z-title" data-testid="office-z-reports">
      <h2 id="z-title">{t('officePage.zReports.title')}</h2>
      {!data ? (
        <Loading failed={reports.isError} />
      ) : data.zReports.length === 0 ? (
        <p className="muted">{t('officePage.zReports.none')}</p>
      ) : (
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">{t('officePage.tills.till')}</th>
              <th scope="col">{t('officePage.zReports.number')}</th>
              <th scope="col">{t('officePage.zReports.closedAt')}</th>
              <th scope="col">{t('officePage.zReports.cashier')}</th>
              <th scope="col">{t('officePage.zReports.receipts')}</th>
              <th scope="col">{t('officePage.zReports.sales')}</th>
              <th scope="col">{t('officePage.zReports.refunds')}</th>
              <th scope="col">{t('officePage.zReports.withdrawals')}</th>
              <th scope="col">{t('officePage.zReports.differences')}</th>
            </tr>
          </thead>
          <tbody>
            {data.zReports.map((z) => {
              const money = (amount: number) => formatMoney(amount, z.currency, locale);
              return (
                <tr key={`${z.tillId} ${z.documentUuid}`} data-testid="z-report" className={z.differences > 0 ? 'differs' : undefined}>
                  <th scope="row">
                    {z.tillName} <span className="muted">{z.shopName}</span>
                  </th>
                  <td>{z.reportNumber}</td>
                  <td>{formatShopTime(z.closedAt, zones.get(z.shopId) ?? 'UTC', locale)}</td>
                  <td>{z.cashierName}</td>
                  {z.figures ? (
                    <>
                      <td>{z.figures.receipts}</td>
                      <td>{money(z.figures.sales)}</td>
                      <td>{money(z.figures.refunds)}</td>
                      <td>{money(z.figures.withdrawals)}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="muted">
                      {t('officePage.zReports.unreadable')}
                    </td>
                  )}
                  <td>{z.differences}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
