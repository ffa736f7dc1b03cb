import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import { pointsAt } from '../../shared/flows/journal-fact';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { call, useKassaApi } from '../kassa-api';
import { useCan } from '../queries/use-can';
import { useProvisional } from '../queries/use-offline-status';
import { useShiftStatus } from '../queries/use-shift';
import { ManualRefundDialog } from './ManualRefundDialog';
import { RefundDialog } from './RefundDialog';
import { ReceiptActions } from './ReceiptActions';
import { ReceiptDetail } from './ReceiptDetail';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';

function startOfToday(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/** Today's documents from the journal: find one by number, refund it, roll it back within the shift, or pay towards its credit. */
export function ReceiptsScreen({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const provisional = useProvisional();
  const api = useKassaApi();
  const client = useQueryClient();
  const shift = useShiftStatus();
  const [search, setSearch] = useState('');
  const [openUuid, setOpenUuid] = useState<string>();
  const [refunding, setRefunding] = useState(false);
  const [manual, setManual] = useState(false);
  const able = useCan();
  const documents = useQuery({
    queryKey: ['journal.list'],
    queryFn: () => call(api, 'journal.list', { from: startOfToday(), to: new Date(Date.now() + 60_000).toISOString() }),
    refetchOnMount: 'always',
  });
  // Every settled document changes the list: the journal says so, the list is read again.
  useEffect(() => api.subscribe('journal.document', () => void client.invalidateQueries({ queryKey: ['journal.list'] })), [api, client]);
  const money = (amount: number | null) => (amount === null ? '' : formatMoney(amount, currency, locale));
  const term = search.trim().toLowerCase();
  const shown = [...(documents.data ?? [])]
    .reverse()
    .filter((d) => !term || String(d.result?.documentNumber ?? '').includes(term) || (d.result?.shortDocumentId ?? '').toLowerCase().includes(term));
  const open = documents.data?.find((d) => d.uuid === openUuid);
  const rollBack = useMutation({
    mutationFn: (parent: JournalDocumentView) => {
      const kind = parent.document.kind;
      if ((kind !== 'sale' && kind !== 'correction') || !parent.result) throw new Error('Only a fiscalised sale or correction can be rolled back');
      // The main process builds the rollback from the parent in the journal: it is only named here.
      return call(api, 'document.rollBack', { parentUuid: parent.uuid });
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['journal.list'] }),
  });
  const inShift = (d: JournalDocumentView) => Boolean(shift.data?.open && shift.data.openedAt && d.createdAt >= shift.data.openedAt);
  /** Later documents that point at this one and were not refused: rollbacks end it, refunds and credit payments bar a rollback. */
  const followUps = (d: JournalDocumentView, kind: 'rollBack' | 'moneyBack' | 'creditPay') =>
    (documents.data ?? []).some(
      (other) => other.document.kind === kind && pointsAt(other.document, { uuid: d.uuid, documentId: d.result?.documentId }) && other.state !== 'rejected',
    );

  return (
    <section className="receipts-screen">
      <div className="receipt-list">
        <input type="search" className="search-box" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('receipts.search')} aria-label={t('receipts.search')} data-testid="receipt-search" />
        {able('document.moneyBack') && able('refund.sale') && (
          <button type="button" className="touch" onClick={() => setManual(true)} data-testid="manual-refund">
            {t('receipts.manualOpen')}
          </button>
        )}
        <ul data-testid="receipt-list">
          {shown.map((d) => (
            <li key={d.uuid}>
              <button type="button" className={d.uuid === openUuid ? 'cart-line selected' : 'cart-line'} onClick={() => setOpenUuid(d.uuid)}>
                <span className="line-name">
                  {t(documentKindKey[d.document.kind])} {d.result ? `№ ${d.result.documentNumber}` : ''}
                </span>
                <span className="line-quantity">
                  {formatDateTime(new Date(d.createdAt), locale)} · {t(journalStateKey[d.state])}
                  {provisional(d.result) && <span data-testid="receipt-provisional"> · {t('offline.provisional')}</span>}
                  {d.document.kind === 'withdraw' && d.document.reason && ` · ${d.document.reason}`}
                </span>
                <span className="line-total">{money(d.total)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {open && (
        <ReceiptDetail document={open} currency={open.currency} locale={locale}>
          <ReceiptActions
            document={open}
            canRollBack={inShift(open) && !followUps(open, 'moneyBack') && !followUps(open, 'creditPay') && !rollBack.isPending}
            rolledBack={followUps(open, 'rollBack')}
            onRefund={() => setRefunding(true)}
            onRollBack={() => rollBack.mutate(open)}
            currency={currency}
            locale={locale}
          />
          {rollBack.data?.state === 'rejected' && rollBack.data.error && <DeviceErrorMessage refusal={rollBack.data.error} />}
        </ReceiptDetail>
      )}
      {manual && <ManualRefundDialog currency={currency} locale={locale} onClose={() => setManual(false)} />}
      {refunding && open && <RefundDialog document={open} currency={currency} locale={locale} onClose={() => setRefunding(false)} />}
    </section>
  );
}
