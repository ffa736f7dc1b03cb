import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, ProductDraft } from '../../shared/catalogue-admin';
import type { QuantityUnit } from '../../shared/fiscal/catalogue-types';
import { vatRateKey } from '../../shared/i18n/vat-keys';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { useTaxGroups } from '../queries/use-tax-groups';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/ErrorText';
import { MoneyField } from '../ui/MoneyField';
import { TextField } from '../ui/TextField';
import { invalidateCatalogue } from './invalidate';
import { PriceDialog } from './PriceDialog';
import { takenText } from './taken-text';
import { UnitSelect } from './UnitSelect';

/**
 * A product added or changed in the app. A new product takes its price here; an existing one's
 * price changes only through its own dialog, which needs a manager and is audited.
 */
export function ProductEditor({ item, currency, locale, onClose }: { item?: CatalogueItem; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const taxGroups = useTaxGroups();
  // The price shown follows a price change made from here, which refreshes the list's queries.
  const current = useQuery({ queryKey: ['catalogue.list', 'item', item?.id], queryFn: () => call(api, 'catalogue.get', { id: item?.id ?? 0 }), enabled: item !== undefined, initialData: item });
  const categories = useQuery({ queryKey: ['catalogue.categories'], queryFn: () => call(api, 'catalogue.categories', {}) });
  const [name, setName] = useState(item?.name ?? '');
  const [barcodes, setBarcodes] = useState(item?.barcodes.join(' ') ?? '');
  const [code, setCode] = useState(item?.code ?? '');
  const [price, setPrice] = useState(item?.price ?? 0);
  const [vatRate, setVatRate] = useState(item?.vatRate ?? taxGroups[0]);
  const [unit, setUnit] = useState<QuantityUnit>(item?.unit ?? 'piece');
  const [categoryId, setCategoryId] = useState(item?.categoryId ?? null);
  const [favourite, setFavourite] = useState(item?.favourite ?? true);
  const [pricing, setPricing] = useState(false);
  const save = useMutation({
    mutationFn: (draft: ProductDraft) => (item ? call(api, 'catalogue.update', { id: item.id, draft }) : call(api, 'catalogue.create', { draft, price })),
    onSuccess: () => {
      invalidateCatalogue(client);
      onClose();
    },
  });
  const group = vatRate ?? taxGroups[0];
  const submit = () => {
    if (!group) return;
    save.mutate({ name: name.trim(), code: code.trim(), barcodes: barcodes.split(/\s+/).filter((b) => b !== ''), vatRate: group, unit, categoryId, favourite });
  };
  const taken = save.error instanceof KassaCallError ? takenText(t, save.error.error) : undefined;

  return (
    <Dialog title={t(item ? 'products.editTitle' : 'products.newTitle')} onClose={onClose} wide>
      <form
        className="product-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField label={t('products.name')} value={name} onChange={setName} maxLength={255} testId="product-name" />
        {item ? (
          <div className="product-price">
            <span>{t('products.price')}</span>
            <strong data-testid="product-price">{formatMoney(current.data?.price ?? item.price, currency, locale)}</strong>
            <button type="button" className="touch" onClick={() => setPricing(true)} data-testid="product-change-price">
              {t('products.changePrice')}
            </button>
          </div>
        ) : (
          <MoneyField label={t('products.price')} value={price} onChange={setPrice} currency={currency} locale={locale} testId="product-price" />
        )}
        <label>
          {t('products.taxGroup')}
          <select value={group ?? ''} onChange={(e) => setVatRate(taxGroups.find((g) => g === e.target.value))} data-testid="product-tax-group">
            {taxGroups.map((g) => (
              <option key={g} value={g}>
                {t(vatRateKey[g])}
              </option>
            ))}
          </select>
        </label>
        <UnitSelect value={unit} onChange={setUnit} />
        {unit === 'kg' && <p className="hint">{t('products.weighedHint')}</p>}
        <TextField label={t('products.barcodes')} value={barcodes} onChange={setBarcodes} maxLength={1400} testId="product-barcodes" />
        <TextField label={t('products.code')} value={code} onChange={setCode} maxLength={64} testId="product-code" />
        <label>
          {t('products.category')}
          <select value={categoryId ?? ''} onChange={(e) => setCategoryId(e.target.value === '' ? null : Number(e.target.value))} data-testid="product-category">
            <option value="">{t('products.noCategory')}</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={favourite} onChange={(e) => setFavourite(e.target.checked)} data-testid="product-quick-key" />
          {t('products.quickKey')}
        </label>
        {taxGroups.length === 0 && <p className="device-error">{t('products.noTaxGroups')}</p>}
        {taken ? (
          <p className="device-error" role="alert">
            {taken}
          </p>
        ) : (
          <ErrorText error={save.error} />
        )}
        <div className="dialog-actions">
          <button type="button" className="touch" onClick={onClose}>
            {t('products.cancel')}
          </button>
          <button type="submit" className="touch primary" disabled={save.isPending || name.trim() === '' || !group} data-testid="product-save">
            {t('products.save')}
          </button>
        </div>
      </form>
      {pricing && item && <PriceDialog item={current.data ?? item} currency={currency} locale={locale} onClose={() => setPricing(false)} />}
    </Dialog>
  );
}
