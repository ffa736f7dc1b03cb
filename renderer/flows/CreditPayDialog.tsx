import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { CreditAccount } from '../../shared/flows/accounts';
import { creditPayDocument } from '../../shared/flows/credit';
import { creditPayProblem } from '../../shared/flows/problems';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { useSession } from '../session-store';
import { Facts } from '../ui/Facts';
import { MoneyField } from '../ui/MoneyField';
import { FlowDialog } from './FlowDialog';
import { rrnProblem, TenderChoice, type MoneyTender } from './TenderChoice';
import { useSubmitDocument } from './use-submit-document';

/** A payment towards a sale on credit: any part of what is owed, never more, in cash or by card. */
export function CreditPayDialog({ account, currency, locale, onClose }: { account: CreditAccount; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [amount, setAmount] = useState(0);
  const [tender, setTender] = useState<MoneyTender>('cash');
  const [rrn, setRrn] = useState('');
  const [result, setResult] = useState<JournalDocumentView>();
  const state = useSubmitDocument(setResult);
  const money = (value: number) => formatMoney(value, currency, locale);
  const problem = creditPayProblem(account.residue, amount);
  const terms = { contract: account.contract, payer: account.payer };
  const pay = () => state.submit(creditPayDocument({ sale: account.sale, credit: terms, parentUuid: account.uuid, figures: account, amount, tender, rrn, cashierName }));
  return (
    <FlowDialog
      title={t('flows.credit.payTitle', { contract: account.contract })}
      state={state}
      result={result}
      problem={problem}
      confirm={{ label: t('flows.take', { amount: money(amount) }), disabled: amount <= 0 || Boolean(problem) || rrnProblem(tender, rrn), onClick: pay, testId: 'confirm-credit-pay' }}
      money={{ currency, locale }}
      onClose={onClose}
    >
      <Facts
        testId="credit-account"
        rows={[
          [t('flows.credit.payer'), account.payer],
          [t('flows.credit.sale'), t('flows.numberAt', { number: account.documentNumber, date: formatDateTime(new Date(account.createdAt), locale) })],
          [t('flows.credit.onCredit'), money(account.credit)],
          [t('flows.credit.paid'), t('flows.credit.paidCount', { amount: money(account.paid), payments: account.payments })],
          [t('flows.credit.residue'), money(account.residue)],
        ]}
      />
      <div className="fields two">
        <MoneyField label={t('flows.credit.amount')} value={amount} onChange={setAmount} currency={currency} locale={locale} invalid={Boolean(problem)} testId="credit-amount" />
        <button type="button" className="touch" onClick={() => setAmount(account.residue)} data-testid="credit-pay-all">
          {t('flows.credit.payAll', { amount: money(account.residue) })}
        </button>
      </div>
      <TenderChoice tender={tender} onTender={setTender} rrn={rrn} onRrn={setRrn} />
      {!problem && amount > 0 && (
        <p className="payment-due">
          <span>{t('flows.credit.after')}</span>
          <output data-testid="credit-after">{money(account.residue - amount)}</output>
        </p>
      )}
    </FlowDialog>
  );
}
