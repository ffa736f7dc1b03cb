import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyBackType, Tender } from '../../shared/fiscal/documents';
import type { Refundable } from '../../shared/flows/accounts';
import { moneyBackDocument } from '../../shared/flows/money-back';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { FlowDialog } from '../flows/FlowDialog';
import { useSubmitDocument } from '../flows/use-submit-document';
import { formatQuantity } from '../format-quantity';
import { call, useKassaApi } from '../kassa-api';
import { useDeviceStatus } from '../queries/use-device-status';
import { useSession } from '../session-store';
import { Facts } from '../ui/Facts';
import { Keypad } from '../ui/Keypad';
import { lineTotal } from '../../shared/fiscal/receipt-math';
import { refundLines, refundTotal } from './refund';

/** Written out so each translation key can be found in the source. */
const backKey = {
  credit: 'flows.refund.back.credit',
  prepayment: 'flows.refund.back.prepayment',
  bonus: 'flows.refund.back.bonus',
  card: 'flows.refund.back.card',
  cash: 'flows.refund.back.cash',
} as const satisfies Record<Tender, `flows.refund.back.${Tender}`>;

const titleKey = {
  sale: 'receipts.refundTitle',
  prepayment: 'flows.refund.prepaymentTitle',
  creditPay: 'flows.refund.creditPayTitle',
} as const satisfies Record<MoneyBackType, string>;

/**
 * A refund of a sale, an advance or a credit payment, of the type that fits it: each line at most
 * what is left (the main process counts that from the journal), the money at most what is left,
 * paid back to the credit and the advance first, then in cash or to the card.
 */
export function RefundDialog({ document, currency, locale, onClose }: { document: JournalDocumentView; currency: Currency; locale: Locale; onClose: () => void }) {
  const api = useKassaApi();
  const refundable = useQuery({ queryKey: ['journal.refundable', document.uuid], queryFn: () => call(api, 'journal.refundable', { uuid: document.uuid }) });
  return refundable.data ? <RefundForm document={document} refundable={refundable.data} currency={currency} locale={locale} onClose={onClose} /> : null;
}

function RefundForm({ document, refundable, currency, locale, onClose }: { document: JournalDocumentView; refundable: Refundable; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const [editing, setEditing] = useState<number>();
  const [toCard, setToCard] = useState(false);
  const [result, setResult] = useState<JournalDocumentView>();
  const state = useSubmitDocument(setResult);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const { lines, returnFirst, moneyBackType } = refundable;
  const refund = refundLines(lines.map((l, i) => ({ line: l.line, quantity: chosen[i] ?? 0, returned: l.line.quantity - l.remaining })));
  const total = refundTotal(refund);
  const cashRounding = useDeviceStatus().data?.capabilities?.cashRounding ?? 'none';
  // What goes out, cash rounded by the device's rule, as the document will say.
  const paidBack = moneyBackDocument({ parent: { uuid: document.uuid }, moneyBackType, lines: refund, returnFirst, toCard, cashierName, cashRounding });
  const { tenders } = paidBack;
  const problem = total > refundable.cap ? { problem: 'refundExceeded' as const, limit: refundable.cap } : undefined;
  const editingLine = editing === undefined ? undefined : lines[editing];
  const send = () => state.submit(paidBack);
  return (
    <FlowDialog
      title={t(titleKey[moneyBackType], { number: document.result?.documentNumber ?? '' })}
      state={state}
      result={result}
      problem={problem}
      confirm={{ label: t('receipts.refundPay', { amount: money(total + (paidBack.cashRounding ?? 0)) }), disabled: total <= 0 || Boolean(problem), onClick: send, testId: 'confirm-refund' }}
      money={{ currency, locale }}
      onClose={onClose}
    >
      <ul className="refund-lines">
        {lines.map((l, i) => (
          <li key={i}>
            <button type="button" className="touch tender" disabled={l.remaining === 0} onClick={() => setEditing(i)} data-testid={`refund-line-${i}`}>
              <span>
                {l.line.name} · {money(l.line.price)}
                {l.line.discount > 0 && ` · ${t('till.receipt.lineDiscount', { amount: money(l.line.discount) })}`}
              </span>
              {(chosen[i] ?? 0) > 0 && (
                <span className="muted" data-testid={`refund-line-paid-${i}`}>
                  {t('till.receipt.refundPaid', { amount: money(lineTotal(refundLines([{ line: l.line, quantity: chosen[i] ?? 0, returned: l.line.quantity - l.remaining }])[0]!)) })}
                </span>
              )}
              <span className="muted">{t('receipts.remaining', { quantity: formatQuantity(l.remaining, l.line.unit, locale) })}</span>
              <strong>{formatQuantity(chosen[i] ?? 0, l.line.unit, locale)}</strong>
            </button>
          </li>
        ))}
      </ul>
      <div className="fields two">
        <button type="button" className="touch" onClick={() => setChosen(Object.fromEntries(lines.map((l, i) => [i, l.remaining])))} data-testid="refund-all">
          {t('flows.refund.all')}
        </button>
        <label className="check">
          <input type="checkbox" checked={toCard} onChange={(e) => setToCard(e.target.checked)} disabled={!refundable.card} />
          {t('receipts.toCard')}
        </label>
      </div>
      <div className="payment-due">
        <span>{t('receipts.refundTotal')}</span>
        <output data-testid="refund-total">{money(total)}</output>
      </div>
      {total > 0 && (
        <Facts
          testId="refund-tenders"
          rows={[
            ...(['credit', 'prepayment', 'bonus', 'card', 'cash'] as const).filter((tender) => tenders[tender] > 0).map((tender) => [t(backKey[tender]), money(tenders[tender])] as const),
            ...(paidBack.cashRounding ? [[t('payment.cashRounding'), money(paidBack.cashRounding)] as const] : []),
          ]}
        />
      )}
      {editingLine && editing !== undefined && (
        <Keypad
          title={editingLine.line.name}
          decimals={editingLine.line.unit === 'piece' ? 0 : 3}
          onClose={() => setEditing(undefined)}
          onDone={(value) => {
            const thousandths = editingLine.line.unit === 'piece' ? value * 1000 : value;
            setChosen({ ...chosen, [editing]: Math.min(thousandths, editingLine.remaining) });
            setEditing(undefined);
          }}
        />
      )}
    </FlowDialog>
  );
}
