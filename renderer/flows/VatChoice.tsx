import { useTranslation } from 'react-i18next';
import type { VatRate } from '../../shared/fiscal/catalogue-types';
import { vatRateKey } from '../../shared/i18n/vat-keys';
import { useTaxGroups } from '../queries/use-tax-groups';

/** The VAT regime of an advance or a correction, one touch per regime the active device takes. */
export function VatChoice({ value, onChange }: { value: VatRate; onChange: (rate: VatRate) => void }) {
  const { t } = useTranslation();
  const groups = useTaxGroups();
  return (
    <fieldset className="choice-field">
      <legend>{t('flows.vatRate')}</legend>
      <div className="choice" role="radiogroup" aria-label={t('flows.vatRate')}>
        {groups.map((rate) => (
          <button key={rate} type="button" role="radio" aria-checked={value === rate} className={value === rate ? 'touch selected' : 'touch'} onClick={() => onChange(rate)} data-testid={`vat-${rate}`}>
            {t(vatRateKey[rate])}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
