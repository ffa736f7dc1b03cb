import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductFigures } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { formatQuantity } from '../format-quantity';

/** The best sellers by amount or by quantity, each with a bar to its share of the first. */
export function TopProducts({ byAmount, byQuantity, currency, locale }: { byAmount: ProductFigures[]; byQuantity: ProductFigures[]; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<'amount' | 'quantity'>('amount');
  const products = by === 'amount' ? byAmount : byQuantity;
  const largest = products[0]?.[by] ?? 1;
  return (
    <section className="panel top-products" aria-labelledby="top-title" data-testid="top-products">
      <div className="panel-head">
        <h2 id="top-title">{t('dashboard.top.title')}</h2>
      </div>
      <div className="segmented" role="group" aria-label={t('dashboard.top.title')}>
        <button type="button" className={by === 'amount' ? 'touch small selected' : 'touch small'} aria-pressed={by === 'amount'} onClick={() => setBy('amount')} data-testid="top-by-amount">
          {t('dashboard.top.byAmount')}
        </button>
        <button type="button" className={by === 'quantity' ? 'touch small selected' : 'touch small'} aria-pressed={by === 'quantity'} onClick={() => setBy('quantity')} data-testid="top-by-quantity">
          {t('dashboard.top.byQuantity')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="figures ranking" data-testid="top-table">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('dashboard.top.product')}</th>
            <th scope="col">{by === 'amount' ? t('dashboard.top.amount') : t('dashboard.top.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={`${p.code}:${p.name}`} style={{ '--share': `${Math.round((p[by] / largest) * 100)}%` } as CSSProperties}>
              <th scope="row" title={p.name}>
                {p.name}
              </th>
              <td>{by === 'amount' ? formatMoney(p.amount, currency, locale) : formatQuantity(p.quantity, p.unit, locale)}</td>
            </tr>
          ))}
        </tbody>
        </table>
      </div>
    </section>
  );
}
