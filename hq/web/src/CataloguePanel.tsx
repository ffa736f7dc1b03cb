import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vatRateKey } from '../../../shared/i18n/vat-keys';
import type { Locale } from '../../../shared/locale';
import { formatMoney } from '../../../shared/money';
import type { OfficeShop } from '../../../shared/office/office-api';
import type { ProductRow } from '../../../shared/office/office-admin';
import { ConfirmDialog } from './ConfirmDialog';
import { Loading } from './Loading';
import { officeErrorText } from './office-error-text';
import { OfficeProductEditor } from './OfficeProductEditor';
import { matchesSearch } from './product-form';
import { useAdminShops, useProducts, useRemoveProduct } from './use-office-admin';

/**
 * One shop's catalogue as the till's product list shows it: searched by name, code or barcode,
 * each product changed or removed here and taken by the shop's tills on their next pull.
 */
export function CataloguePanel({ shop, locale }: { shop: OfficeShop; locale: Locale }) {
  const { t } = useTranslation();
  const products = useProducts(shop.shopId);
  const adminShops = useAdminShops();
  const remove = useRemoveProduct();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<ProductRow | 'new'>();
  const [removing, setRemoving] = useState<ProductRow>();
  const version = adminShops.data?.find((s) => s.id === shop.shopId)?.catalogueVersion;
  const rows = (products.data ?? []).filter((row) => matchesSearch(row.product, query));
  const refused = officeErrorText(t, remove.error);

  return (
    <section className="panel office-panel" aria-labelledby="catalogue-title" data-testid="office-catalogue">
      <h2 id="catalogue-title">{t('officePage.catalogue.title', { shop: shop.name })}</h2>
      {version !== undefined && (
        <p className="muted" data-testid="catalogue-version" data-version={version}>
          {t('officePage.catalogue.version', { version })}
        </p>
      )}
      <div className="product-tools">
        <button type="button" className="touch big primary" onClick={() => setEditing('new')} data-testid="product-add">
          {t('products.add')}
        </button>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('products.search')} aria-label={t('products.search')} data-testid="product-search" />
      </div>
      {refused && (
        <p className="device-error" role="alert">
          {refused}
        </p>
      )}
      {!products.data ? (
        <Loading failed={products.isError} />
      ) : products.data.length === 0 ? (
        <p className="hint">{t('products.none')}</p>
      ) : (
        <table className="sample product-rows" data-testid="product-rows">
          <tbody>
            {rows.map((row) => (
              <tr key={row.product.officeId} data-testid="office-product">
                <td className="product-row-name">{row.product.name}</td>
                <td>{row.product.code}</td>
                <td>{row.product.barcodes.join(' ')}</td>
                <td data-testid="office-product-price">{formatMoney(row.product.price, shop.currency, locale)}</td>
                <td>{t(vatRateKey[row.product.vatRate])}</td>
                <td className="row-actions">
                  <button type="button" className="touch" onClick={() => setEditing(row)} data-testid="office-product-edit">
                    {t('products.edit')}
                  </button>
                  <button type="button" className="touch" disabled={remove.isPending} onClick={() => setRemoving(row)} data-testid="office-product-remove">
                    {t('officePage.catalogue.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <OfficeProductEditor shopId={shop.shopId} row={editing === 'new' ? undefined : editing} currency={shop.currency} locale={locale} onClose={() => setEditing(undefined)} />
      )}
      {removing && (
        <ConfirmDialog title={t('officePage.catalogue.removeTitle', { name: removing.product.name })} action={t('officePage.catalogue.remove')} onConfirm={() => remove.mutate(removing.product.officeId)} onClose={() => setRemoving(undefined)} testId="office-product-remove-confirm">
          <p>{t('officePage.catalogue.removeNote')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
