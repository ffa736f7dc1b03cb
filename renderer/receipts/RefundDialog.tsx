import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { formatQuantity } from '../format-quantity';
import { call, useKassaApi } from '../kassa-api';
import { useSession } from '../session-store';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { refundDocument, refundLines, refundTotal } from './refund';

/**
 * A refund of a sale: each line at most what was sold minus what was refunded before (the main
 * process counts that from the journal), paid back in cash or to the card it was paid with.
 */
export function RefundDialog({ sale, currency, locale, onClose }: { sale: JournalDocumentView; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const cashierName = useSession((s) => s.cashierName);
  const refundable = useQuery({ queryKey: ['journal.refundable', sale.uuid], queryFn: () => call(api, 'journal.refundable', { uuid: sale.uuid }) });
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const [editing, setEditing] = useState<number>();
  const [toCard, setToCard] = useState(false);
  const lines = refundable.data?.lines ?? [];
  const refund = refundLines(lines.map((l, i) => ({ line: l.line, quantity: chosen[i] ?? 0 })));
  const total = refundTotal(refund);
  const submit = useMutation({
    mutationFn: () =>
      call(api, 'document.submit', {
        document: refundDocument({ parentDocumentId: sale.result?.documentId ?? '', lines: refund, toCard, manual: false, cashierName }),
      }),
    onSuccess: (view) => {
      void client.invalidateQueries({ queryKey: ['journal.list'] });
      void client.invalidateQueries({ queryKey: ['journal.refundable', sale.uuid] });
      if (view.state !== 'rejected') onClose();
    },
  });
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const editingLine = editing === undefined ? undefined : lines[editing];
  return (
    <Dialog title={t('receipts.refundTitle', { number: sale.result?.documentNumber ?? '' })} onClose={onClose} wide>
      <ul className="refund-lines">
        {lines.map((l, i) => (
          <li key={i}>
            <button type="button" className="touch tender" disabled={l.remaining === 0} onClick={() => setEditing(i)} data-testid={`refund-line-${i}`}>
              <span>{l.line.name}</span>
              <span className="muted">{t('receipts.remaining', { quantity: formatQuantity(l.remaining, l.line.unit, locale) })}</span>
              <strong>{formatQuantity(chosen[i] ?? 0, l.line.unit, locale)}</strong>
            </button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={toCard} onChange={(e) => setToCard(e.target.checked)} disabled={sale.document.kind === 'sale' && sale.document.tenders.card === 0} />
        {t('receipts.toCard')}
      </label>
      <div className="payment-due">
        <span>{t('receipts.refundTotal')}</span>
        <output data-testid="refund-total">{money(total)}</output>
      </div>
      {submit.data?.state === 'rejected' && submit.data.error && <DeviceErrorMessage code={submit.data.error.code} deviceText={submit.data.error.deviceText} />}
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose}>
          {t('keypad.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={total <= 0 || submit.isPending} onClick={() => submit.mutate()} data-testid="confirm-refund">
          {t('receipts.refundPay', { amount: money(total) })}
        </button>
      </div>
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
    </Dialog>
  );
}
