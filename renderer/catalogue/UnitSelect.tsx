import { useTranslation } from 'react-i18next';
import { QuantityUnit } from '../../shared/fiscal/catalogue-types';

const unitKey = {
  piece: 'products.units.piece',
  kg: 'products.units.kg',
  litre: 'products.units.litre',
  metre: 'products.units.metre',
  m2: 'products.units.m2',
  m3: 'products.units.m3',
} as const satisfies Record<QuantityUnit, `products.units.${QuantityUnit}`>;

/** A product's unit, as the till's editor and the office's ask for it. */
export function UnitSelect({ value, onChange }: { value: QuantityUnit; onChange: (unit: QuantityUnit) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('products.unit')}
      <select value={value} onChange={(e) => onChange(QuantityUnit.parse(e.target.value))} data-testid="product-unit">
        {QuantityUnit.options.map((u) => (
          <option key={u} value={u}>
            {t(unitKey[u])}
          </option>
        ))}
      </select>
    </label>
  );
}
