import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';

/** The quick keys: the shop's favourite products in their order, one touch each. */
export function Favourites({ onPick, currency, locale }: { onPick: (product: Product) => void; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const favourites = useQuery({ queryKey: ['catalog.favourites'], queryFn: () => call(api, 'catalog.favourites', {}) });
  return (
    <section className="favourites" aria-label={t('sale.favourites')}>
      {(favourites.data ?? []).map((product) => (
        <button key={product.id} type="button" className="touch quick-key" onClick={() => onPick(product)}>
          <span>{product.name}</span>
          <small>{formatMoney(product.price, currency, locale)}</small>
        </button>
      ))}
    </section>
  );
}
