import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { formatMoney } from '../../../shared/money';
import type { TillsAnswer } from '../../../shared/office/office-api';
import { formatShopTime } from './format-time';
import { Loading } from './Loading';

/** The tills: online or not, when each last pushed, its version and the cash in its drawers. */
export function TillsPanel({ tills, zones, locale }: { tills: UseQueryResult<TillsAnswer>; zones: ReadonlyMap<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const data = tills.data;
  return (
    <section className="panel office-panel" aria-labelledby="tills-title" data-testid="office-tills">
      <h2 id="tills-title">{t('officePage.tills.title')}</h2>
      {!data ? (
        <Loading failed={tills.isError} />
      ) : data.tills.length === 0 ? (
        <p className="muted">{t('officePage.tills.none')}</p>
      ) : (
        <>
          <table className="figures">
            <thead>
              <tr>
                <th scope="col">{t('officePage.tills.till')}</th>
                <th scope="col">{t('officePage.tills.shop')}</th>
                <th scope="col">{t('officePage.tills.status')}</th>
                <th scope="col">{t('officePage.tills.lastPush')}</th>
                <th scope="col">{t('officePage.tills.version')}</th>
                <th scope="col">{t('officePage.tills.drawer')}</th>
              </tr>
            </thead>
            <tbody>
              {data.tills.map((till) => (
                <tr key={till.tillId} data-testid="office-till" data-online={till.online}>
                  <th scope="row">{till.name}</th>
                  <td>{till.shopName}</td>
                  <td className={till.online ? 'office-online' : 'office-offline'}>{till.online ? t('officePage.tills.online') : t('officePage.tills.offline')}</td>
                  <td>{till.lastPushAt ? formatShopTime(till.lastPushAt, zones.get(till.shopId) ?? 'UTC', locale) : t('officePage.tills.never')}</td>
                  <td>{till.appVersion}</td>
                  <td>{till.drawers.map((drawer) => formatMoney(drawer.cash, till.currency, locale)).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('officePage.tills.onlineNote', { minutes: data.onlineWithinSeconds / 60 })}</p>
        </>
      )}
    </section>
  );
}
