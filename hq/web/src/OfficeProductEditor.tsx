import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeType, VatRate } from '../../../shared/fiscal/catalogue-types';
import { vatRateKey } from '../../../shared/i18n/vat-keys';
import type { Locale } from '../../../shared/locale';
import type { Currency } from '../../../shared/money';
import type { ProductRow } from '../../../shared/office/office-admin';
import { UnitSelect } from '../../../renderer/catalogue/UnitSelect';
import { Dialog } from '../../../renderer/ui/Dialog';
import { MoneyField } from '../../../renderer/ui/MoneyField';
import { TextField } from '../../../renderer/ui/TextField';
import { officeErrorText } from './office-error-text';
import { emptyProductForm, formOfProduct, productOfForm, type ProductForm, type ProductProblem } from './product-form';
import { useSaveProduct } from './use-office-admin';

const codeTypeKey = {
  plain: 'officePage.catalogue.codeTypes.plain',
  ean8: 'officePage.catalogue.codeTypes.ean8',
  ean13: 'officePage.catalogue.codeTypes.ean13',
  service: 'officePage.catalogue.codeTypes.service',
} as const satisfies Record<CodeType, `officePage.catalogue.codeTypes.${CodeType}`>;

/** The label each field has in the editor, to name the ones the contract refuses. */
const fieldKey = {
  name: 'products.name',
  code: 'products.code',
  barcodes: 'products.barcodes',
  price: 'products.price',
  vatRate: 'products.taxGroup',
  unit: 'products.unit',
  codeType: 'officePage.catalogue.codeType',
  markingRequired: 'officePage.catalogue.marking',
  favourite: 'products.quickKey',
  position: 'officePage.catalogue.position',
} as const satisfies Record<ProductProblem, string>;

/**
 * A product of one shop added or changed in the office, with the till's fields and words. Unlike
 * the till, the price is edited in place: the office has no device to ask, and each save is a new
 * catalogue version the tills take whole.
 */
export function OfficeProductEditor({ shopId, row, currency, locale, onClose }: { shopId: string; row?: ProductRow; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ProductForm>(() => (row ? formOfProduct(row.product) : emptyProductForm()));
  const [problems, setProblems] = useState<ProductProblem[]>([]);
  const save = useSaveProduct(shopId, row?.product.officeId);
  const set = <K extends keyof ProductForm>(key: K) => (value: ProductForm[K]) => setForm((before) => ({ ...before, [key]: value }));
  const submit = () => {
    const result = productOfForm(form);
    if ('problems' in result) return setProblems(result.problems);
    setProblems([]);
    save.mutate(result.fields, { onSuccess: onClose });
  };
  const refused = officeErrorText(t, save.error);

  return (
    <Dialog title={t(row ? 'products.editTitle' : 'products.newTitle')} onClose={onClose} wide>
      <form
        className="product-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField label={t('products.name')} value={form.name} onChange={set('name')} maxLength={255} testId="product-name" />
        <MoneyField label={t('products.price')} value={form.price} onChange={set('price')} currency={currency} locale={locale} invalid={problems.includes('price')} testId="product-price" />
        <label>
          {t('products.taxGroup')}
          <select value={form.vatRate} onChange={(e) => set('vatRate')(VatRate.parse(e.target.value))} data-testid="product-tax-group">
            {VatRate.options.map((rate) => (
              <option key={rate} value={rate}>
                {t(vatRateKey[rate])}
              </option>
            ))}
          </select>
        </label>
        <UnitSelect value={form.unit} onChange={set('unit')} />
        {form.unit === 'kg' && <p className="hint">{t('products.weighedHint')}</p>}
        <TextField label={t('products.barcodes')} value={form.barcodes} onChange={set('barcodes')} maxLength={3300} testId="product-barcodes" />
        <TextField label={t('products.code')} value={form.code} onChange={set('code')} maxLength={64} testId="product-code" />
        <label>
          {t('officePage.catalogue.codeType')}
          <select value={form.codeType} onChange={(e) => set('codeType')(CodeType.parse(e.target.value))} data-testid="product-code-type">
            {CodeType.options.map((type) => (
              <option key={type} value={type}>
                {t(codeTypeKey[type])}
              </option>
            ))}
          </select>
        </label>
        <TextField label={t('officePage.catalogue.position')} value={form.position} onChange={set('position')} maxLength={9} testId="product-position" />
        <label className="check">
          <input type="checkbox" checked={form.markingRequired} onChange={(e) => set('markingRequired')(e.target.checked)} data-testid="product-marking" />
          {t('officePage.catalogue.marking')}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.favourite} onChange={(e) => set('favourite')(e.target.checked)} data-testid="product-quick-key" />
          {t('products.quickKey')}
        </label>
        {problems.length > 0 && (
          <p className="device-error" role="alert" data-testid="product-problems">
            {t('officePage.catalogue.problems', { fields: problems.map((field) => t(fieldKey[field])).join(', ') })}
          </p>
        )}
        {refused && (
          <p className="device-error" role="alert" data-testid="product-refused">
            {refused}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="touch" onClick={onClose}>
            {t('products.cancel')}
          </button>
          <button type="submit" className="touch primary" disabled={save.isPending} data-testid="product-save">
            {t('products.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
