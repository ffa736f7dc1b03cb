import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';

/** The four figures a manager looks at first. */
export function SummaryTiles({ totals, currency, locale }: { totals: DashboardSummary['totals']; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <dl className="tiles">
      <div className="tile" data-testid="tile-net">
        <dt>{t('dashboard.tiles.net')}</dt>
        <dd className="tile-value">{money(totals.net)}</dd>
        <dd className="tile-note">{t('dashboard.tiles.netNote')}</dd>
      </div>
      <div className="tile" data-testid="tile-receipts">
        <dt>{t('dashboard.tiles.receipts')}</dt>
        <dd className="tile-value">{totals.receipts}</dd>
        <dd className="tile-note">{t('dashboard.tiles.rolledBack', { count: totals.rolledBack })}</dd>
      </div>
      <div className="tile" data-testid="tile-average">
        <dt>{t('dashboard.tiles.average')}</dt>
        <dd className="tile-value">{money(totals.averageReceipt)}</dd>
      </div>
      <div className="tile" data-testid="tile-refunds">
        <dt>{t('dashboard.tiles.refunds')}</dt>
        <dd className="tile-value">{money(totals.refunds)}</dd>
        <dd className="tile-note">{t('dashboard.tiles.refundCount', { count: totals.refundCount })}</dd>
      </div>
    </dl>
  );
}
