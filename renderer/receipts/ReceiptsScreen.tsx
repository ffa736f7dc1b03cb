import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { formatQuantity } from '../format-quantity';
import { call, useKassaApi } from '../kassa-api';
import { useShiftStatus } from '../queries/use-shift';
import { useSession } from '../session-store';
import { ManualRefundDialog } from './ManualRefundDialog';
import { RefundDialog } from './RefundDialog';
import { rollBackOf } from './refund';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';

function startOfToday(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
}

/** Today's documents from the journal: find one by number, refund it, or roll it back within the shift. */
export function ReceiptsScreen({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const cashierName = useSession((s) => s.cashierName);
  const shift = useShiftStatus();
  const [search, setSearch] = useState('');
  const [openUuid, setOpenUuid] = useState<string>();
  const [refunding, setRefunding] = useState(false);
  const [manual, setManual] = useState(false);
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
    mutationFn: (sale: JournalDocumentView) => {
      if (sale.document.kind !== 'sale' || !sale.result) throw new Error('Only a fiscalised sale can be rolled back');
      return call(api, 'document.submit', { document: rollBackOf(sale.document, sale.result.documentId, cashierName, sale.total ?? 0) });
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['journal.list'] }),
  });
  const inShift = (d: JournalDocumentView) => Boolean(shift.data?.open && shift.data.openedAt && d.createdAt >= shift.data.openedAt);
  /** Later documents that point at this one and were not refused: rollbacks end it, refunds bar a rollback. */
  const followUps = (d: JournalDocumentView, kind: 'rollBack' | 'moneyBack') =>
    (documents.data ?? []).some(
      (other) => other.document.kind === kind && other.document.parentDocumentId === d.result?.documentId && other.state !== 'rejected',
    );

  return (
    <section className="receipts-screen">
      <div className="receipt-list">
        <input type="search" className="search-box" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('receipts.search')} aria-label={t('receipts.search')} data-testid="receipt-search" />
        <button type="button" className="touch" onClick={() => setManual(true)} data-testid="manual-refund">
          {t('receipts.manualOpen')}
        </button>
        <ul data-testid="receipt-list">
          {shown.map((d) => (
            <li key={d.uuid}>
              <button type="button" className={d.uuid === openUuid ? 'cart-line selected' : 'cart-line'} onClick={() => setOpenUuid(d.uuid)}>
                <span className="line-name">
                  {t(documentKindKey[d.document.kind])} {d.result ? `№ ${d.result.documentNumber}` : ''}
                </span>
                <span className="line-quantity">
                  {formatDateTime(new Date(d.createdAt), locale)} · {t(journalStateKey[d.state])}
                </span>
                <span className="line-total">{money(d.total)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {open && (
        <article className="receipt-detail" data-testid="receipt-detail">
          <h2>
            {t(documentKindKey[open.document.kind])} {open.result ? `№ ${open.result.documentNumber}` : ''}
          </h2>
          <p>
            {t(journalStateKey[open.state])} · {open.result?.shortDocumentId ?? ''}
          </p>
          {'lines' in open.document && open.document.lines && (
            <ul className="detail-lines">
              {open.document.lines.map((line, i) => (
                <li key={i}>
                  {line.name} — {formatQuantity(line.quantity, line.unit, locale)} × {money(line.price)}
                </li>
              ))}
            </ul>
          )}
          <p className="result-total">{money(open.total)}</p>
          {open.error && <DeviceErrorMessage code={open.error.code} deviceText={open.error.deviceText} />}
          {open.document.kind === 'sale' && open.state === 'done' && followUps(open, 'rollBack') && <p className="muted">{t('receipts.rolledBack')}</p>}
          {open.document.kind === 'sale' && open.state === 'done' && !followUps(open, 'rollBack') && (
            <div className="dialog-actions">
              <button type="button" className="touch" onClick={() => setRefunding(true)} data-testid="refund">
                {t('receipts.refund')}
              </button>
              <button
                type="button"
                className="touch"
                disabled={!inShift(open) || followUps(open, 'moneyBack') || rollBack.isPending}
                onClick={() => rollBack.mutate(open)}
                data-testid="rollback"
              >
                {t('receipts.rollback')}
              </button>
            </div>
          )}
          {rollBack.data?.state === 'rejected' && rollBack.data.error && <DeviceErrorMessage code={rollBack.data.error.code} deviceText={rollBack.data.error.deviceText} />}
        </article>
      )}
      {manual && <ManualRefundDialog currency={currency} locale={locale} onClose={() => setManual(false)} />}
      {refunding && open && <RefundDialog sale={open} currency={currency} locale={locale} onClose={() => setRefunding(false)} />}
    </section>
  );
}
