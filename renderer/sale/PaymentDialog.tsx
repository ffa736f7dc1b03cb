import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardSlip, CreditTerms, Tender, Tenders } from '../../shared/fiscal/documents';
import { cashRoundingOf, roundCash } from '../../shared/fiscal/cash-rounding';
import { change, nonCashTotal, paymentProblem, tendersTotal } from '../../shared/fiscal/receipt-math';
import type { AdvanceAccount } from '../../shared/flows/accounts';
import { advanceUsable } from '../../shared/flows/advance';
import { advancePayProblem, creditTermsProblem, type FlowRefusal } from '../../shared/flows/problems';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { AdvancePicker } from '../flows/AdvancePicker';
import { FlowProblemMessage } from '../flows/FlowProblemMessage';
import { SubmitStatus } from '../flows/SubmitStatus';
import { rrnLength } from '../flows/TenderChoice';
import { useSubmitDocument } from '../flows/use-submit-document';
import { useCan } from '../queries/use-can';
import { useDeviceStatus } from '../queries/use-device-status';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { AdvanceChoice } from './AdvanceChoice';
import { useCart } from './cart-store';
import { CreditFields } from './CreditFields';
import { receiptLines, receiptTotals, saleDocument } from './receipt';
import { tenderKey } from './tender-keys';

const tenderOrder: Tender[] = ['cash', 'card', 'bonus', 'credit', 'prepayment'];
const noTenders: Tenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };

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
 * Tenders in any split; change only from cash. Credit needs its contract and payer; an advance is
 * chosen from the journal and pays at most its balance, and only goods at its VAT. Pay is possible
 * only when all that holds, and it sends once: a second tap, or Enter held down, does nothing.
 */
export function PaymentDialog({ cashierName, currency, locale, onClose, onDone }: PaymentProps) {
  const { t } = useTranslation();
  const lines = useCart((s) => s.lines);
  const receiptDiscount = useCart((s) => s.receiptDiscount);
  const { total } = receiptTotals(lines, receiptDiscount);
  const [tenders, setTenders] = useState<Tenders>(noTenders);
  const [editing, setEditing] = useState<Tender>();
  const [rrn, setRrn] = useState('');
  const [approvalCode, setApprovalCode] = useState('');
  const [terms, setTerms] = useState<CreditTerms>({ contract: '', payer: '' });
  const [advance, setAdvance] = useState<AdvanceAccount>();
  const [picking, setPicking] = useState(false);
  const state = useSubmitDocument(onDone);
  const able = useCan();
  const offered = tenderOrder.filter((tender) => able(`tender.${tender}`));
  const money = (amount: number) => formatMoney(amount, currency, locale);
  // Where the device's rule rounds a cash payment (Ukraine: to 10 kopiyky), the cash due and the
  // change follow the rounded amount; the receipt's total stays exact and the rounding is shown.
  const rule = useDeviceStatus().data?.capabilities?.cashRounding ?? 'none';
  const rounding = cashRoundingOf(total, tenders, rule);
  const remaining = Math.max(0, total + rounding - tendersTotal(tenders));
  const cashDue = roundCash(Math.max(0, total - nonCashTotal(tenders)), rule);

  const slip: CardSlip | undefined = tenders.card > 0 && rrn ? { rrn, approvalCode: approvalCode || undefined } : undefined;
  const document = {
    ...saleDocument(lines, receiptDiscount, tenders, cashierName, slip),
    ...(tenders.credit > 0 ? { credit: { contract: terms.contract.trim(), payer: terms.payer.trim() } } : {}),
    ...(tenders.prepayment > 0 && advance ? { prepaymentUuid: advance.uuid } : {}),
    ...(rounding !== 0 ? { cashRounding: rounding } : {}),
  };
  const problem = paymentProblem(total, tenders, rounding);
  const slipProblem = tenders.card > 0 && rrn !== '' && rrn.length !== rrnLength;
  const advanceProblem: FlowRefusal | undefined =
    tenders.prepayment > 0 ? (advance ? advancePayProblem(document, advance) : { problem: 'advanceMissing' }) : undefined;
  const flowProblem = creditTermsProblem(document) ?? advanceProblem;
  const canPay = problem === null && !slipProblem && !flowProblem && !state.busy;
  const pay = () => {
    if (canPay) state.submit(document);
  };
  const pickAdvance = (picked: AdvanceAccount) => {
    setAdvance(picked);
    setPicking(false);
    const usable = advanceUsable(receiptLines(lines, receiptDiscount), picked.vatRate);
    setTenders({ ...tenders, prepayment: Math.min(picked.balance, usable, remaining + tenders.prepayment) });
  };
  const chooseTender = (tender: Tender) => (tender === 'prepayment' && !advance ? setPicking(true) : setEditing(tender));

  // Enter pays, once: a held-down Enter repeats, and the keypad takes Enter while it is open.
  const latestPay = useRef(pay);
  useLayoutEffect(() => {
    latestPay.current = pay;
  });
  useEffect(() => {
    if (editing || picking) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.repeat || event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      latestPay.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, picking]);

  return (
    <Dialog title={t('payment.title')} onClose={() => !state.busy && onClose()} wide>
      <div className="payment">
        <div className="payment-due">
          <span>{t('payment.due')}</span>
          <output data-testid="payment-due">{money(total)}</output>
        </div>
        <div className="tenders">
          {offered.map((tender) => (
            <button key={tender} type="button" className="touch tender" onClick={() => chooseTender(tender)} data-testid={`tender-${tender}`}>
              <span>{t(tenderKey[tender])}</span>
              <strong>{money(tenders[tender])}</strong>
            </button>
          ))}
        </div>
        <div className="quick-cash">
          <button type="button" className="touch" onClick={() => setTenders({ ...tenders, cash: cashDue })} disabled={remaining === 0}>
            {t('payment.exactCash')}
          </button>
          {quickCash(total).map((amount) => (
            <button key={amount} type="button" className="touch" onClick={() => setTenders({ ...noTenders, cash: amount })}>
              {money(amount)}
            </button>
          ))}
          {able('tender.card') && (
            <button type="button" className="touch" onClick={() => setTenders({ ...tenders, card: tenders.card + remaining })} disabled={remaining === 0}>
              {t('payment.restByCard')}
            </button>
          )}
        </div>
        {tenders.card > 0 && (
          <div className="fields two">
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
        {tenders.credit > 0 && <CreditFields terms={terms} onChange={setTerms} />}
        {(tenders.prepayment > 0 || advance) && <AdvanceChoice advance={advance} onChoose={() => setPicking(true)} currency={currency} locale={locale} />}
        <dl className="payment-state">
          {rounding !== 0 && (
            <>
              <dt>{t('payment.cashRounding')}</dt>
              <dd data-testid="payment-rounding">{money(rounding)}</dd>
            </>
          )}
          {remaining > 0 && (
            <>
              <dt>{t('payment.remaining')}</dt>
              <dd data-testid="payment-remaining">{money(remaining)}</dd>
            </>
          )}
          {problem === null && change(total, tenders, rounding) > 0 && (
            <>
              <dt>{t('payment.change')}</dt>
              <dd data-testid="payment-change">{money(change(total, tenders, rounding))}</dd>
            </>
          )}
          {problem === 'changeFromNonCash' && <dd className="warning">{t('payment.changeOnlyCash')}</dd>}
          {slipProblem && <dd className="warning">{t('payment.rrnLength')}</dd>}
        </dl>
        {flowProblem && <FlowProblemMessage refusal={flowProblem} currency={currency} locale={locale} />}
        <SubmitStatus state={state} currency={currency} locale={locale} />
        <div className="dialog-actions">
          <button type="button" className="touch" onClick={onClose} disabled={state.busy}>
            {t('keypad.cancel')}
          </button>
          <button type="button" className="touch primary pay" onClick={pay} disabled={!canPay} data-testid="confirm-pay">
            {state.busy ? t('payment.sending') : t('payment.pay', { amount: money(total) })}
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
      {picking && <AdvancePicker currency={currency} locale={locale} onPick={pickAdvance} onClose={() => setPicking(false)} />}
    </Dialog>
  );
}
