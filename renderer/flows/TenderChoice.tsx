import { useTranslation } from 'react-i18next';
import type { CardSlip } from '../../shared/fiscal/documents';
import { useCan } from '../queries/use-can';

export type MoneyTender = 'cash' | 'card';

export const rrnLength = 12;

/** The card slip for a card tender when its RRN is typed in; an RRN is 12 characters. */
export function cardSlipOf(tender: MoneyTender, rrn: string): CardSlip | undefined {
  return tender === 'card' && rrn ? { rrn } : undefined;
}

export function rrnProblem(tender: MoneyTender, rrn: string): boolean {
  return tender === 'card' && rrn !== '' && rrn.length !== rrnLength;
}

/** Cash or card for a flow's money, with the RRN from the card slip when it is card. */
export function TenderChoice({ tender, onTender, rrn, onRrn }: { tender: MoneyTender; onTender: (tender: MoneyTender) => void; rrn: string; onRrn: (rrn: string) => void }) {
  const { t } = useTranslation();
  const able = useCan();
  const choices = (
    [
      ['cash', t('payment.tender.cash')],
      ['card', t('payment.tender.card')],
    ] as const
  ).filter(([value]) => able(`tender.${value}`));
  return (
    <div className="fields two">
      <fieldset className="choice-field">
        <legend>{t('flows.paidBy')}</legend>
        <div className="choice" role="radiogroup" aria-label={t('flows.paidBy')}>
          {choices.map(([value, label]) => (
            <button key={value} type="button" role="radio" aria-checked={tender === value} className={tender === value ? 'touch selected' : 'touch'} onClick={() => onTender(value)} data-testid={`flow-tender-${value}`}>
              {label}
            </button>
          ))}
        </div>
      </fieldset>
      {tender === 'card' && (
        <label>
          {t('payment.rrn')}
          <input value={rrn} onChange={(e) => onRrn(e.target.value.trim())} inputMode="numeric" maxLength={rrnLength} aria-invalid={rrnProblem(tender, rrn)} data-testid="flow-rrn" />
        </label>
      )}
      {rrnProblem(tender, rrn) && <p className="flow-problem wide">{t('payment.rrnLength')}</p>}
    </div>
  );
}
