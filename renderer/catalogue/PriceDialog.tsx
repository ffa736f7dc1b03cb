import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../shared/catalogue-admin';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/ErrorText';
import { MoneyField } from '../ui/MoneyField';
import { invalidateCatalogue } from './invalidate';

/** A new price: a cashier's call comes back for a manager's PIN (kassa-api's `call`), and main audits it. */
export function PriceDialog({ item, currency, locale, onClose }: { item: CatalogueItem; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [price, setPrice] = useState(item.price);
  const save = useMutation({
    mutationFn: () => call(api, 'catalogue.setPrice', { id: item.id, price }),
    onSuccess: () => {
      invalidateCatalogue(client);
      onClose();
    },
  });
  return (
    <Dialog title={t('products.priceTitle', { name: item.name })} onClose={onClose}>
      <p>{t('products.priceWas', { price: formatMoney(item.price, currency, locale) })}</p>
      <MoneyField label={t('products.price')} value={price} onChange={setPrice} currency={currency} locale={locale} testId="new-price" />
      <ErrorText error={save.error} />
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose}>
          {t('products.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={save.isPending || price === item.price} onClick={() => save.mutate()} data-testid="price-save">
          {t('products.save')}
        </button>
      </div>
    </Dialog>
  );
}
