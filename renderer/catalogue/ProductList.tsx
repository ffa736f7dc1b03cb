import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../shared/catalogue-admin';
import { vatRateKey } from '../../shared/i18n/vat-keys';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';
import { CategoryAdder } from './CategoryAdder';
import { invalidateCatalogue } from './invalidate';
import { ProductEditor } from './ProductEditor';

/** Rows a page of the list holds: a screenful or two, the next on "show more". */
const pageSize = 100;

/**
 * The catalogue as a list the manager searches (as the counter does), filters by category and
 * status, and pages through: a catalogue of 200,000 products is read a hundred rows at a time.
 */
export function ProductList({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<'active' | 'inactive'>('active');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const [editing, setEditing] = useState<CatalogueItem | 'new'>();
  const categories = useQuery({ queryKey: ['catalogue.categories'], queryFn: () => call(api, 'catalogue.categories', {}) });
  const list = useInfiniteQuery({
    queryKey: ['catalogue.list', query.trim(), status, categoryId],
    queryFn: ({ pageParam }) => call(api, 'catalogue.list', { query: query.trim(), status, categoryId, offset: pageParam, limit: pageSize }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.more ? pages.length * pageSize : undefined),
  });
  const toggle = useMutation({
    mutationFn: (item: CatalogueItem) => call(api, 'catalogue.setActive', { id: item.id, active: !item.active }),
    onSuccess: () => invalidateCatalogue(client),
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="product-list">
      <div className="product-tools">
        <button type="button" className="touch big primary" onClick={() => setEditing('new')} data-testid="product-add">
          {t('products.add')}
        </button>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('products.search')} aria-label={t('products.search')} data-testid="product-search" />
        <select value={status} onChange={(e) => setStatus(e.target.value === 'inactive' ? 'inactive' : 'active')} aria-label={t('products.showActive')} data-testid="product-status">
          <option value="active">{t('products.showActive')}</option>
          <option value="inactive">{t('products.showInactive')}</option>
        </select>
        <select value={categoryId ?? ''} onChange={(e) => setCategoryId(e.target.value === '' ? null : Number(e.target.value))} aria-label={t('products.category')} data-testid="product-category-filter">
          <option value="">{t('products.allCategories')}</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.products})
            </option>
          ))}
        </select>
        <CategoryAdder />
      </div>
      {status === 'inactive' && <p className="hint">{t('products.deactivateHint')}</p>}
      <ErrorText error={list.error ?? toggle.error} />
      {list.isSuccess && items.length === 0 && <p className="hint">{t('products.none')}</p>}
      <table className="sample product-rows" data-testid="product-rows">
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td className="product-row-name">{item.name}</td>
              <td>{item.code}</td>
              <td>{formatMoney(item.price, currency, locale)}</td>
              <td>{t(vatRateKey[item.vatRate])}</td>
              <td className="row-actions">
                <button type="button" className="touch" onClick={() => setEditing(item)} data-testid={`product-edit-${item.id}`}>
                  {t('products.edit')}
                </button>
                <button type="button" className="touch" disabled={toggle.isPending} onClick={() => toggle.mutate(item)} data-testid={`product-toggle-${item.id}`}>
                  {t(item.active ? 'products.deactivate' : 'products.reactivate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.hasNextPage && (
        <button type="button" className="touch" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('products.more')}
        </button>
      )}
      {editing && <ProductEditor item={editing === 'new' ? undefined : editing} currency={currency} locale={locale} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
