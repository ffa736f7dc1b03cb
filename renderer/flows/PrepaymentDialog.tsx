import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VatRate } from '../../shared/fiscal/catalogue-types';
import type { PrepaymentDocument, ReceiptLine } from '../../shared/fiscal/documents';
import { linesTotal } from '../../shared/fiscal/receipt-math';
import { commonVatRate } from '../../shared/flows/advance';
import { prepaymentProblem } from '../../shared/flows/problems';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { formatQuantity } from '../format-quantity';
import { useSession } from '../session-store';
import { Facts } from '../ui/Facts';
import { MoneyField } from '../ui/MoneyField';
import { TextField } from '../ui/TextField';
import { FlowDialog } from './FlowDialog';
import { cardSlipOf, rrnProblem, TenderChoice, type MoneyTender } from './TenderChoice';
import { useSubmitDocument } from './use-submit-document';
import { useTaxGroups } from '../queries/use-tax-groups';
import { VatChoice } from './VatChoice';
import { vatRateKey } from '../../shared/i18n/vat-keys';

/**
 * An advance receipt: money taken now for goods later. With the cart's goods it is Caspos's
 * prepaymentProducts (all of one VAT); without, an amount at the VAT the cashier picks.
 */
export function PrepaymentDialog({ lines, currency, locale, onClose, onDone }: { lines?: ReceiptLine[]; currency: Currency; locale: Locale; onClose: () => void; onDone?: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [amount, setAmount] = useState(0);
  const [chosenVat, setChosenVat] = useState<VatRate>(useTaxGroups()[0] ?? 'vat18');
  const [clientName, setClientName] = useState('');
  const [tender, setTender] = useState<MoneyTender>('cash');
  const [rrn, setRrn] = useState('');
  const [result, setResult] = useState<JournalDocumentView>();
  const state = useSubmitDocument((view) => {
    setResult(view);
    onDone?.();
  });
  const money = (value: number) => formatMoney(value, currency, locale);
  const forGoods = Boolean(lines?.length);
  const sum = forGoods ? linesTotal(lines ?? []) : amount;
  const vatRate = forGoods ? commonVatRate(lines ?? []) : chosenVat;
  const cardSlip = cardSlipOf(tender, rrn);
  const document: PrepaymentDocument = {
    kind: 'prepayment',
    cashierName,
    sum,
    vatRate: vatRate ?? chosenVat,
    tenders: { cash: tender === 'cash' ? sum : 0, card: tender === 'card' ? sum : 0, bonus: 0, credit: 0, prepayment: 0 },
    ...(forGoods ? { lines } : {}),
    ...(clientName.trim() ? { client: { name: clientName.trim() } } : {}),
    ...(cardSlip ? { cardSlip } : {}),
  };
  const problem = forGoods && !vatRate ? { problem: 'prepaymentLines' as const } : prepaymentProblem(document);
  return (
    <FlowDialog
      title={forGoods ? t('flows.advance.goodsTitle') : t('flows.advance.title')}
      state={state}
      result={result}
      problem={problem}
      confirm={{ label: t('flows.take', { amount: money(sum) }), disabled: sum <= 0 || Boolean(problem) || rrnProblem(tender, rrn), onClick: () => state.submit(document), testId: 'confirm-advance' }}
      money={{ currency, locale }}
      onClose={onClose}
    >
      <p className="muted">{forGoods ? t('flows.advance.goodsExplain') : t('flows.advance.explain')}</p>
      {forGoods && (
        <>
          <ul className="detail-lines" data-testid="advance-lines">
            {lines?.map((line, i) => (
              <li key={i}>
                {line.name} — {formatQuantity(line.quantity, line.unit, locale)} × {money(line.price)}
              </li>
            ))}
          </ul>
          <Facts
            testId="advance-goods"
            rows={[
              [t('flows.vatRate'), vatRate ? t(vatRateKey[vatRate]) : '—'],
              [t('flows.advance.sum'), money(sum)],
            ]}
          />
        </>
      )}
      <div className="fields two">
        {!forGoods && <MoneyField label={t('flows.advance.sum')} value={amount} onChange={setAmount} currency={currency} locale={locale} testId="advance-sum" />}
        <div className={forGoods ? 'wide' : undefined}>
          <TextField label={t('flows.advance.client')} value={clientName} onChange={setClientName} maxLength={255} testId="advance-client" />
        </div>
      </div>
      {!forGoods && <VatChoice value={chosenVat} onChange={setChosenVat} />}
      <TenderChoice tender={tender} onTender={setTender} rrn={rrn} onRrn={setRrn} />
    </FlowDialog>
  );
}
