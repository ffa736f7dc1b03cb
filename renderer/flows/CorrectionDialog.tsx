import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatRate } from '../../shared/fiscal/catalogue-types';
import type { CorrectionDocument } from '../../shared/fiscal/documents';
import { correctionProblem } from '../../shared/flows/problems';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { useSession } from '../session-store';
import { MomentField } from '../ui/MomentField';
import { MoneyField } from '../ui/MoneyField';
import { TextField } from '../ui/TextField';
import { FlowDialog } from './FlowDialog';
import { useSubmitDocument } from './use-submit-document';
import { useTaxGroups } from '../queries/use-tax-groups';
import { VatChoice } from './VatChoice';

/**
 * A correction receipt for a period the device was down while the shop went on selling: when the
 * first and the last sale of that period were, what was taken in cash and by card, and its VAT.
 */
export function CorrectionDialog({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [from, setFrom] = useState<Date>();
  const [to, setTo] = useState<Date>();
  const [cash, setCash] = useState(0);
  const [card, setCard] = useState(0);
  const [vatRate, setVatRate] = useState<VatRate>(useTaxGroups()[0] ?? 'vat18');
  const [note, setNote] = useState('');
  const [result, setResult] = useState<JournalDocumentView>();
  const state = useSubmitDocument(setResult);
  const document: CorrectionDocument | undefined =
    from && to
      ? { kind: 'correction', cashierName, firstOperationAt: from.toISOString(), lastOperationAt: to.toISOString(), cash, card, vatRate, ...(note.trim() ? { note: note.trim() } : {}) }
      : undefined;
  const problem = document && correctionProblem(document, new Date());
  const periodProblem = problem?.problem === 'correctionPeriod';
  return (
    <FlowDialog
      title={t('flows.correction.title')}
      state={state}
      result={result}
      problem={problem}
      confirm={{
        label: t('flows.correction.send', { amount: formatMoney(cash + card, currency, locale) }),
        disabled: !document || Boolean(problem),
        onClick: () => document && state.submit(document),
        testId: 'confirm-correction',
      }}
      money={{ currency, locale }}
      onClose={onClose}
    >
      <p className="muted">{t('flows.correction.explain')}</p>
      <div className="fields two">
        <MomentField label={t('flows.correction.from')} value={from} onChange={setFrom} locale={locale} invalid={periodProblem} testId="correction-from" />
        <MomentField label={t('flows.correction.to')} value={to} onChange={setTo} locale={locale} invalid={periodProblem} testId="correction-to" />
        <MoneyField label={t('payment.tender.cash')} value={cash} onChange={setCash} currency={currency} locale={locale} testId="correction-cash" />
        <MoneyField label={t('payment.tender.card')} value={card} onChange={setCard} currency={currency} locale={locale} testId="correction-card" />
      </div>
      <VatChoice value={vatRate} onChange={setVatRate} />
      <div className="fields">
        <TextField label={t('flows.correction.note')} value={note} onChange={setNote} maxLength={255} testId="correction-note" />
      </div>
    </FlowDialog>
  );
}
