import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { call, useKassaApi } from '../kassa-api';
import { QueryError } from '../reports/QueryError';
import { CorrectionDialog } from '../flows/CorrectionDialog';
import { CreditPayment } from '../flows/CreditAccounts';
import { PrepaymentDialog } from '../flows/PrepaymentDialog';
import { useCan } from '../queries/use-can';
import { useSession } from '../session-store';
import { CashMovementDialog, type CashMovement } from './CashMovementDialog';
import { ExpectedCash } from './ExpectedCash';

type FlowDialog = 'advance' | 'credit' | 'correction';

/**
 * Money that is not a sale: cash put into the drawer (deposit) or taken out (withdraw), the drawer;
 * and the documents of money without goods: an advance, a credit payment, a correction receipt.
 */
export function CashScreen({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const cashierName = useSession((s) => s.cashierName);
  const [entering, setEntering] = useState<'deposit' | 'withdraw'>();
  const [last, setLast] = useState<JournalDocumentView>();
  const [flow, setFlow] = useState<FlowDialog>();
  const able = useCan();
  const flows = { advance: able('document.prepayment'), credit: able('document.creditPay'), correction: able('document.correction') };
  const submit = useMutation({
    mutationFn: (input: CashMovement) => call(api, 'document.submit', { document: { ...input, cashierName } }),
    onSuccess: (view) => setLast(view),
    onSettled: () => {
      for (const key of ['journal.list', 'report.expectedCash']) void client.invalidateQueries({ queryKey: [key] });
    },
  });
  const drawer = useMutation({ mutationFn: () => call(api, 'device.openDrawer', {}) });
  return (
    <section className="cash-screen">
      <div className="cash-actions">
        {able('document.deposit') && (
          <button type="button" className="touch big" onClick={() => setEntering('deposit')} disabled={submit.isPending} data-testid="cash-in">
            {t('cash.in')}
          </button>
        )}
        {able('document.withdraw') && (
          <button type="button" className="touch big" onClick={() => setEntering('withdraw')} disabled={submit.isPending} data-testid="cash-out">
            {t('cash.out')}
          </button>
        )}
        {able('cashDrawer') && (
          <button type="button" className="touch big" onClick={() => drawer.mutate()} disabled={drawer.isPending} data-testid="cash-drawer">
            {t('result.drawer')}
          </button>
        )}
      </div>
      {last?.state === 'done' && (
        <p className="done-note" role="status" data-testid="cash-done">
          {t(last.kind === 'deposit' ? 'cash.doneIn' : 'cash.doneOut', { amount: formatMoney(last.total ?? 0, currency, locale), number: last.result?.documentNumber ?? '—' })}
        </p>
      )}
      {last?.state === 'rejected' && last.error && <DeviceErrorMessage refusal={last.error} />}
      {/* A refusal before anything was journaled (the device offline) is explained like the device's own. */}
      <QueryError error={submit.error} />
      {Object.values(flows).some(Boolean) && <h2 className="section-title">{t('flows.documents')}</h2>}
      <div className="cash-actions">
        {flows.advance && (
          <button type="button" className="touch big" onClick={() => setFlow('advance')} data-testid="flow-advance">
            {t('flows.advance.title')}
          </button>
        )}
        {flows.credit && (
          <button type="button" className="touch big" onClick={() => setFlow('credit')} data-testid="flow-credit">
            {t('flows.credit.findTitle')}
          </button>
        )}
        {flows.correction && (
          <button type="button" className="touch big" onClick={() => setFlow('correction')} data-testid="flow-correction">
            {t('flows.correction.title')}
          </button>
        )}
      </div>
      {flow === 'advance' && <PrepaymentDialog currency={currency} locale={locale} onClose={() => setFlow(undefined)} />}
      {flow === 'credit' && <CreditPayment currency={currency} locale={locale} onClose={() => setFlow(undefined)} />}
      {flow === 'correction' && <CorrectionDialog currency={currency} locale={locale} onClose={() => setFlow(undefined)} />}
      <ExpectedCash currency={currency} locale={locale} />
      {entering && (
        <CashMovementDialog
          kind={entering}
          currency={currency}
          locale={locale}
          onClose={() => setEntering(undefined)}
          onSubmit={(movement) => {
            setEntering(undefined);
            submit.mutate(movement);
          }}
        />
      )}
    </section>
  );
}
