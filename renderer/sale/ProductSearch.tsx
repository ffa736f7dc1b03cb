import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';

/** As-you-type search by barcode, code or name; a scan into the box adds the product instead. */
export function ProductSearch({ onPick, currency, locale }: { onPick: (product: Product) => void; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = useQuery({
    queryKey: ['catalog.search', trimmed],
    queryFn: () => call(api, 'catalog.search', { query: trimmed, limit: 30 }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
  });
  return (
    <div className="product-search">
      <input
        type="search"
        className="search-box"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('sale.searchPlaceholder')}
        aria-label={t('sale.searchPlaceholder')}
        data-testid="search"
        autoComplete="off"
      />
      {trimmed.length > 0 && (
        <ul className="search-results" data-testid="search-results">
          {(results.data ?? []).map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="touch result"
                onClick={() => {
                  onPick(product);
                  setQuery('');
                }}
              >
                <span className="result-name">{product.name}</span>
                <span className="result-code">{product.barcodes[0] ?? product.code}</span>
                <span className="result-price">{formatMoney(product.price, currency, locale)}</span>
              </button>
            </li>
          ))}
          {results.data?.length === 0 && <li className="muted">{t('sale.nothingFound', { query: trimmed })}</li>}
        </ul>
      )}
    </div>
  );
}
