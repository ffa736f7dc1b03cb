import { useTranslation } from 'react-i18next';
import type { CreditTerms } from '../../shared/fiscal/documents';

/** The credit contract's number and the payer, which the device requires for a sale on credit. */
export function CreditFields({ terms, onChange }: { terms: CreditTerms; onChange: (terms: CreditTerms) => void }) {
  const { t } = useTranslation();
  return (
    <div className="fields two">
      <label>
        {t('payment.creditContract')}
        <input value={terms.contract} onChange={(e) => onChange({ ...terms, contract: e.target.value })} maxLength={64} aria-invalid={!terms.contract.trim()} data-testid="credit-contract" />
      </label>
      <label>
        {t('payment.creditPayer')}
        <input value={terms.payer} onChange={(e) => onChange({ ...terms, payer: e.target.value })} maxLength={128} aria-invalid={!terms.payer.trim()} data-testid="credit-payer" />
      </label>
    </div>
  );
}
