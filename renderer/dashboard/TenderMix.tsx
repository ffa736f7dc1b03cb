import { useTranslation } from 'react-i18next';
import { Pie, PieChart, ResponsiveContainer } from 'recharts';
import type { Tender } from '../../shared/fiscal/documents';
import type { TenderFigures } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { formatPercent } from '../../shared/percent';
import { tenderKey } from '../sale/tender-keys';
import { tenderColors } from './chart-colors';

const tenders = Object.keys(tenderKey) as Tender[];

/**
 * How the sales were paid: a ring of the tenders that took money, and beside it the table that
 * says the same in words and figures. A tender that paid back more than it took (refunds of
 * earlier days) has no slice; the table still shows its amount.
 */
export function TenderMix({ figures, currency, locale }: { figures: TenderFigures; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const used = tenders.filter((tender) => figures[tender] !== 0);
  const slices = used.filter((tender) => figures[tender] > 0).map((tender) => ({ tender, value: figures[tender], fill: tenderColors[tender] }));
  const whole = slices.reduce((sum, s) => sum + s.value, 0);
  return (
    <figure className="panel tender-mix" aria-labelledby="tenders-title" data-testid="tender-mix">
      <div className="panel-head">
        <h2 id="tenders-title">{t('dashboard.tenders.title')}</h2>
      </div>
      <div className="ring" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie data={slices} dataKey="value" nameKey="tender" innerRadius="58%" outerRadius="95%" startAngle={90} endAngle={-270} isAnimationActive={false} stroke="#fff" />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <table className="figures legend" data-testid="tenders-table">
        <caption className="visually-hidden">{t('dashboard.tenders.title')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('dashboard.tenders.tender')}</th>
            <th scope="col">{t('dashboard.tenders.amount')}</th>
            <th scope="col">{t('dashboard.tenders.share')}</th>
          </tr>
        </thead>
        <tbody>
          {used.map((tender) => (
            <tr key={tender} data-testid={`tender-${tender}`}>
              <th scope="row">
                <span className="swatch" style={{ background: tenderColors[tender] }} />
                {t(tenderKey[tender])}
              </th>
              <td>{formatMoney(figures[tender], currency, locale)}</td>
              <td className="muted">{figures[tender] > 0 ? formatPercent(figures[tender], whole, locale) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
