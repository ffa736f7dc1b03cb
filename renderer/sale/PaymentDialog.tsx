import { useMutation } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardSlip, Tender, Tenders } from '../../shared/fiscal/documents';
import { change, paymentProblem, tendersTotal } from '../../shared/fiscal/receipt-math';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { useCart } from './cart-store';
import { receiptTotals, saleDocument } from './receipt';
import { tenderKey } from './tender-keys';

const tenderOrder: Tender[] = ['cash', 'card', 'bonus', 'credit', 'prepayment'];
const noTenders: Tenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
const rrnLength = 12;

/** Round-up amounts a customer is likely to hand over, above the total. */
function quickCash(total: number): number[] {
  const notes = [100, 500, 1_000, 2_000, 5_000, 10_000, 20_000];
  const amounts = notes.map((note) => Math.ceil(total / note) * note).filter((a) => a > total);
  return [...new Set(amounts)].slice(0, 4);
}

export interface PaymentProps {
  cashierName: string;
  currency: Currency;
  locale: Locale;
  onClose: () => void;
  onDone: (document: JournalDocumentView) => void;
}

/**
 * Tenders in any split; change only from cash. Pay is possible only when the tenders cover the
 * total, and it sends once: a second tap, or Enter held down, does nothing while the first runs.
 */
export function PaymentDialog({ cashierName, currency, locale, onClose, onDone }: PaymentProps) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const lines = useCart((s) => s.lines);
  const receiptDiscount = useCart((s) => s.receiptDiscount);
  const { total } = receiptTotals(lines, receiptDiscount);
  const [tenders, setTenders] = useState<Tenders>(noTenders);
  const [editing, setEditing] = useState<Tender>();
  const [rrn, setRrn] = useState('');
  const [approvalCode, setApprovalCode] = useState('');
  const [contract, setContract] = useState('');
  const [payer, setPayer] = useState('');
  const [advanceId, setAdvanceId] = useState('');
  const [waiting, setWaiting] = useState<JournalDocumentView>();
  const sending = useRef(false);
  const money = (amount: number) => formatMoney(amount, currency, locale);

  const submit = useMutation({
    mutationFn: () => {
      const slip: CardSlip | undefined = tenders.card > 0 && rrn ? { rrn, approvalCode: approvalCode || undefined } : undefined;
      const document = {
        ...saleDocument(lines, receiptDiscount, tenders, cashierName, slip),
        ...(tenders.credit > 0 ? { credit: { contract, payer } } : {}),
        ...(tenders.prepayment > 0 ? { prepaymentDocumentId: advanceId.trim() } : {}),
      };
      return call(api, 'document.submit', { document });
    },
    onSuccess: (view) => {
      if (view.state === 'done') onDone(view);
      else if (view.state !== 'rejected') setWaiting(view);
    },
    onSettled: () => {
      sending.current = false;
    },
  });

  // A document the device has not settled yet: the journal goes on with it; we wait for its word.
  useEffect(() => {
    if (!waiting) return undefined;
    return api.subscribe('journal.document', (event) => {
      if (event.uuid !== waiting.uuid) return;
      if (event.state === 'done') void call(api, 'journal.get', { uuid: waiting.uuid }).then(onDone);
      else setWaiting({ ...waiting, state: event.state });
    });
  }, [api, waiting, onDone]);

  const problem = paymentProblem(total, tenders);
  const slipProblem = tenders.card > 0 && rrn !== '' && rrn.length !== rrnLength;
  const creditProblem = tenders.credit > 0 && (!contract.trim() || !payer.trim());
  const advanceProblem = tenders.prepayment > 0 && !advanceId.trim();
  const canPay = problem === null && !slipProblem && !creditProblem && !advanceProblem && !waiting && !submit.isPending;
  const pay = () => {
    if (!canPay || sending.current) return;
    sending.current = true;
    submit.mutate();
  };
  const remaining = Math.max(0, total - tendersTotal(tenders));
  // Enter pays, once: a held-down Enter repeats, and the keypad takes Enter while it is open.
  const latestPay = useRef(pay);
  useLayoutEffect(() => {
    latestPay.current = pay;
  });
  useEffect(() => {
    if (editing) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.repeat || event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      latestPay.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing]);
  const rejected = submit.data?.state === 'rejected' ? submit.data.error : null;
  const failure = submit.error instanceof KassaCallError ? submit.error.error.code : submit.error ? 'internal' : undefined;

  return (
    <Dialog title={t('payment.title')} onClose={() => !submit.isPending && !waiting && onClose()} wide>
      <div className="payment">
        <div className="payment-due">
          <span>{t('payment.due')}</span>
          <output data-testid="payment-due">{money(total)}</output>
        </div>
        <div className="tenders">
          {tenderOrder.map((tender) => (
            <button key={tender} type="button" className="touch tender" onClick={() => setEditing(tender)} data-testid={`tender-${tender}`}>
              <span>{t(tenderKey[tender])}</span>
              <strong>{money(tenders[tender])}</strong>
            </button>
          ))}
        </div>
        <div className="quick-cash">
          <button type="button" className="touch" onClick={() => setTenders({ ...tenders, cash: tenders.cash + remaining })} disabled={remaining === 0}>
            {t('payment.exactCash')}
          </button>
          {quickCash(total).map((amount) => (
            <button key={amount} type="button" className="touch" onClick={() => setTenders({ ...noTenders, cash: amount })}>
              {money(amount)}
            </button>
          ))}
          <button type="button" className="touch" onClick={() => setTenders({ ...tenders, card: tenders.card + remaining })} disabled={remaining === 0}>
            {t('payment.restByCard')}
          </button>
        </div>
        {tenders.card > 0 && (
          <div className="fields">
            <label>
              {t('payment.rrn')}
              <input value={rrn} onChange={(e) => setRrn(e.target.value.trim())} inputMode="numeric" maxLength={rrnLength} aria-invalid={slipProblem} data-testid="rrn" />
            </label>
            <label>
              {t('payment.approvalCode')}
              <input value={approvalCode} onChange={(e) => setApprovalCode(e.target.value.trim())} maxLength={16} />
            </label>
          </div>
        )}
        {tenders.credit > 0 && (
          <div className="fields">
            <label>
              {t('payment.creditContract')}
              <input value={contract} onChange={(e) => setContract(e.target.value)} maxLength={64} />
            </label>
            <label>
              {t('payment.creditPayer')}
              <input value={payer} onChange={(e) => setPayer(e.target.value)} maxLength={128} />
            </label>
          </div>
        )}
        {tenders.prepayment > 0 && (
          <div className="fields">
            <label>
              {t('payment.advanceDocument')}
              <input value={advanceId} onChange={(e) => setAdvanceId(e.target.value)} maxLength={64} />
            </label>
          </div>
        )}
        <dl className="payment-state">
          {remaining > 0 && (
            <>
              <dt>{t('payment.remaining')}</dt>
              <dd data-testid="payment-remaining">{money(remaining)}</dd>
            </>
          )}
          {problem === null && change(total, tenders) > 0 && (
            <>
              <dt>{t('payment.change')}</dt>
              <dd data-testid="payment-change">{money(change(total, tenders))}</dd>
            </>
          )}
          {problem === 'changeFromNonCash' && <dd className="warning">{t('payment.changeOnlyCash')}</dd>}
          {slipProblem && <dd className="warning">{t('payment.rrnLength')}</dd>}
        </dl>
        {rejected && <DeviceErrorMessage code={rejected.code} deviceText={rejected.deviceText} />}
        {failure && (
          <p className="device-error" role="alert">
            {t(errorMessageKey[failure])}
          </p>
        )}
        {waiting && (
          <p className="waiting" role="status" data-testid="payment-waiting">
            {waiting.state === 'unknown' ? t('payment.noAnswerYet') : t('payment.sending')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="touch" onClick={onClose} disabled={submit.isPending || Boolean(waiting)}>
            {t('keypad.cancel')}
          </button>
          <button type="button" className="touch primary pay" onClick={pay} disabled={!canPay} data-testid="confirm-pay">
            {submit.isPending ? t('payment.sending') : t('payment.pay', { amount: money(total) })}
          </button>
        </div>
      </div>
      {editing && (
        <Keypad
          title={t(tenderKey[editing])}
          decimals={2}
          onClose={() => setEditing(undefined)}
          onDone={(amount) => {
            setTenders({ ...tenders, [editing]: amount });
            setEditing(undefined);
          }}
        />
      )}
    </Dialog>
  );
}
