import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';

/**
 * The quick keys: the pages the manager arranged, one tab each; while there are none, the shop's
 * favourite products in their order. One touch each.
 */
export function Favourites({ onPick, currency, locale }: { onPick: (product: Product) => void; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [open, setOpen] = useState(0);
  const pages = useQuery({ queryKey: ['quickKeys.pages'], queryFn: () => call(api, 'quickKeys.pages', {}) });
  const arranged = pages.data ?? [];
  const favourites = useQuery({ queryKey: ['catalog.favourites'], queryFn: () => call(api, 'catalog.favourites', {}), enabled: !pages.isPending && arranged.length === 0 });
  const page = arranged[Math.min(open, arranged.length - 1)];
  const keys = arranged.length > 0 ? (page?.products ?? []) : (favourites.data ?? []);
  return (
    <>
      {arranged.length > 1 && (
        <div className="segmented quick-key-tabs" role="tablist">
          {arranged.map((p, i) => (
            <button key={p.id} type="button" role="tab" aria-selected={p === page} className={p === page ? 'touch selected' : 'touch'} onClick={() => setOpen(i)} data-testid={`quick-page-${i}`}>
              {p.name}
            </button>
          ))}
        </div>
      )}
      <section className="favourites" aria-label={t('sale.favourites')} data-testid="quick-keys">
        {keys.map((product) => (
          <button key={product.id} type="button" className="touch quick-key" onClick={() => onPick(product)}>
            <span>{product.name}</span>
            <small>{formatMoney(product.price, currency, locale)}</small>
          </button>
        ))}
      </section>
    </>
  );
}
