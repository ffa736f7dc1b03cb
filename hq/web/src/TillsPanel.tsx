import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { formatMoney } from '../../../shared/money';
import type { OfficeTill, TillsAnswer } from '../../../shared/office/office-api';
import { formatShopTime } from './format-time';
import { ConfirmDialog } from './ConfirmDialog';
import { Loading } from './Loading';
import { officeErrorText } from './office-error-text';
import { useRemoveTill } from './use-office-admin';

/**
 * The tills: online or not, when each last pushed, its version and the cash in its drawers; a
 * till the shop no longer has is removed here (its token stops working, its documents stay).
 */
export function TillsPanel({ tills, zones, locale }: { tills: UseQueryResult<TillsAnswer>; zones: ReadonlyMap<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const data = tills.data;
  const remove = useRemoveTill();
  const [removing, setRemoving] = useState<OfficeTill>();
  const refused = officeErrorText(t, remove.error);
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
                <th scope="col" aria-label={t('officePage.removeTill.action')} />
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
                  <td className="row-actions">
                    <button type="button" className="touch" disabled={remove.isPending} onClick={() => setRemoving(till)} data-testid="office-till-remove">
                      {t('officePage.removeTill.action')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('officePage.tills.onlineNote', { minutes: data.onlineWithinSeconds / 60 })}</p>
        </>
      )}
      {refused && (
        <p className="device-error" role="alert">
          {refused}
        </p>
      )}
      {removing && (
        <ConfirmDialog title={t('officePage.removeTill.title', { name: removing.name })} action={t('officePage.removeTill.confirm')} onConfirm={() => remove.mutate(removing.tillId)} onClose={() => setRemoving(undefined)} testId="office-till-remove-confirm">
          <p>{t('officePage.removeTill.note')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
