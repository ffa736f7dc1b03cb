import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';
import { invalidateCatalogue } from './invalidate';

interface DraftPage {
  name: string;
  products: Product[];
}

/** Moves the item at `from` one place earlier (-1) or later (+1); past either end nothing moves. */
function moved<T>(list: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/**
 * The manager arranges the sale screen's quick keys: pages in order, each with its products in
 * the order of their keys, saved all at once.
 */
export function QuickKeyPages() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const saved = useQuery({ queryKey: ['quickKeys.pages'], queryFn: () => call(api, 'quickKeys.pages', {}) });
  const [pages, setPages] = useState<DraftPage[]>();
  const [open, setOpen] = useState(0);
  const [query, setQuery] = useState('');
  const found = useQuery({ queryKey: ['catalog.search', query.trim()], queryFn: () => call(api, 'catalog.search', { query: query.trim(), limit: 8 }), enabled: query.trim() !== '' });
  const save = useMutation({
    mutationFn: (list: DraftPage[]) => call(api, 'quickKeys.save', { pages: list.map((p) => ({ name: p.name.trim() || '-', productIds: p.products.map((x) => x.id) })) }),
    onSuccess: () => {
      invalidateCatalogue(client);
      setPages(undefined);
    },
  });
  const current = pages ?? saved.data?.map((p) => ({ name: p.name, products: p.products })) ?? [];
  const page = current[open];
  const change = (next: DraftPage[]) => setPages(next);
  const changePage = (update: (p: DraftPage) => DraftPage) => change(current.map((p, i) => (i === open ? update(p) : p)));

  return (
    <div className="quick-key-pages">
      <p className="hint">{t('products.pages.hint')}</p>
      <div className="segmented" role="tablist">
        {current.map((p, i) => (
          <button key={i} type="button" role="tab" aria-selected={i === open} className={i === open ? 'touch selected' : 'touch'} onClick={() => setOpen(i)} data-testid={`page-tab-${i}`}>
            {p.name}
          </button>
        ))}
        <button
          type="button"
          className="touch"
          onClick={() => {
            change([...current, { name: t('products.pages.defaultName', { number: current.length + 1 }), products: [] }]);
            setOpen(current.length);
          }}
          data-testid="page-add"
        >
          {t('products.pages.addPage')}
        </button>
      </div>
      {page && (
        <div className="quick-key-page">
          <label>
            {t('products.pages.pageName')}
            <input value={page.name} maxLength={40} onChange={(e) => changePage((p) => ({ ...p, name: e.target.value }))} data-testid="page-name" />
          </label>
          <ol className="page-keys" data-testid="page-keys">
            {page.products.map((product, i) => (
              <li key={product.id}>
                <span>{product.name}</span>
                <button type="button" className="touch" onClick={() => changePage((p) => ({ ...p, products: moved(p.products, i, -1) }))} aria-label={t('products.pages.up')}>
                  ↑
                </button>
                <button type="button" className="touch" onClick={() => changePage((p) => ({ ...p, products: moved(p.products, i, 1) }))} aria-label={t('products.pages.down')}>
                  ↓
                </button>
                <button type="button" className="touch" onClick={() => changePage((p) => ({ ...p, products: p.products.filter((x) => x.id !== product.id) }))}>
                  {t('products.pages.remove')}
                </button>
              </li>
            ))}
          </ol>
          {page.products.length === 0 && <p className="hint">{t('products.pages.empty')}</p>}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('products.pages.addProduct')} aria-label={t('products.pages.addProduct')} data-testid="page-product-search" />
          <div className="page-found" data-testid="page-found">
            {(found.data ?? [])
              .filter((product) => !page.products.some((x) => x.id === product.id))
              .map((product) => (
                <button key={product.id} type="button" className="touch" onClick={() => changePage((p) => ({ ...p, products: [...p.products, product] }))}>
                  {product.name}
                </button>
              ))}
          </div>
          <button
            type="button"
            className="touch danger"
            onClick={() => {
              change(current.filter((_, i) => i !== open));
              setOpen(0);
            }}
          >
            {t('products.pages.removePage')}
          </button>
        </div>
      )}
      <ErrorText error={save.error} />
      {save.isSuccess && !pages && (
        <p className="done-note" role="status">
          {t('products.pages.saved')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="touch primary" disabled={!pages || save.isPending} onClick={() => pages && save.mutate(pages)} data-testid="pages-save">
          {t('products.pages.save')}
        </button>
      </div>
    </div>
  );
}
