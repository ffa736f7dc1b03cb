import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';

/**
 * As-you-type search by barcode, code or name; a scan into the box adds the product instead.
 * Enter adds the product whose barcode or code is exactly what was typed, else the highlighted
 * result (↑ and ↓ move it), so a code typed by hand from a worn label works like a scan.
 */
/**
 * Rows a search shows: the side column holds about eight at 1024x768, so twenty is a scroll and a
 * half of choices; past them the cashier types another letter. Every row more is painted on every
 * key press (bench/counter.bench.ts).
 */
const resultRows = 20;

export function ProductSearch({ onPick, currency, locale }: { onPick: (product: Product) => void; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const trimmed = query.trim();
  const queryClient = useQueryClient();
  const searchFor = (text: string) => ({ queryKey: ['catalog.search', text], queryFn: () => call(api, 'catalog.search', { query: text, limit: resultRows }) });
  const results = useQuery({ ...searchFor(trimmed), enabled: trimmed.length > 0, placeholderData: keepPreviousData });
  const found = trimmed.length > 0 ? (results.data ?? []) : [];
  // For bench/counter.bench.ts: the frame after the next animation frame has painted the results
  // of this query (not the previous query's, kept on screen while these were on their way).
  const answered = results.data !== undefined && !results.isPlaceholderData;
  useEffect(() => {
    if (answered) requestAnimationFrame(() => setTimeout(() => performance.mark('search-painted', { detail: trimmed }), 0));
  }, [answered, results.data, trimmed]);
  // Stable, so a key press re-renders the box and not every result row.
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  });
  const pick = useCallback((product: Product) => {
    onPickRef.current(product);
    setQuery('');
    setHighlighted(0);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlighted((index) => Math.min(Math.max(index + step, 0), Math.max(found.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (trimmed.length === 0) return;
      // The rows on screen may still be the previous query's (kept while this one is on its way):
      // Enter then waits for this query's own answer, so a code typed fast never adds the last product.
      const current = answered ? Promise.resolve(found) : queryClient.fetchQuery(searchFor(trimmed));
      current.then(
        (list) => {
          const exact = list.find((product) => product.code === trimmed || product.barcodes.includes(trimmed));
          const chosen = exact ?? list[answered ? highlighted : 0];
          if (chosen) pick(chosen);
        },
        // A search that failed adds nothing.
        () => undefined,
      );
    }
  };
  return (
    <div className="product-search">
      <input
        type="search"
        className="search-box"
        value={query}
        onChange={(event) => {
          // The request leaves now, while React renders the key press; useQuery then finds it
          // on its way instead of starting it after the render.
          const text = event.target.value.trim();
          if (text !== '') void queryClient.prefetchQuery(searchFor(text));
          setQuery(event.target.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
        aria-activedescendant={found[highlighted] ? `search-result-${found[highlighted].id}` : undefined}
        placeholder={t('sale.searchPlaceholder')}
        aria-label={t('sale.searchPlaceholder')}
        data-testid="search"
        autoComplete="off"
      />
      {trimmed.length > 0 && (
        <ul className="search-results" data-testid="search-results">
          {found.map((product, index) => (
            <ResultRow key={product.id} product={product} highlighted={index === highlighted} onPick={pick} currency={currency} locale={locale} />
          ))}
          {results.data?.length === 0 && <li className="muted">{t('sale.nothingFound', { query: trimmed })}</li>}
        </ul>
      )}
    </div>
  );
}

interface ResultRowProps {
  product: Product;
  highlighted: boolean;
  onPick: (product: Product) => void;
  currency: Currency;
  locale: Locale;
}

/** Memoised: while the cashier types, the rows already shown are not rendered again. */
const ResultRow = memo(function ResultRow({ product, highlighted, onPick, currency, locale }: ResultRowProps) {
  return (
    <li>
      <button
        id={`search-result-${product.id}`}
        type="button"
        className={highlighted ? 'touch result highlighted' : 'touch result'}
        aria-current={highlighted}
        onClick={() => onPick(product)}
      >
        <span className="result-name">{product.name}</span>
        <span className="result-code">{product.barcodes[0] ?? product.code}</span>
        <span className="result-price">{formatMoney(product.price, currency, locale)}</span>
      </button>
    </li>
  );
});
