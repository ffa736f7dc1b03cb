import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { ReceiptLine } from '../../shared/fiscal/documents';
import { linesTotal } from '../../shared/fiscal/receipt-math';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { formatQuantity } from '../format-quantity';
import { call, useKassaApi } from '../kassa-api';
import { ProductSearch } from '../sale/ProductSearch';
import { useSession } from '../session-store';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { refundDocument } from './refund';

/**
 * A refund of a receipt this device cannot check (sold on another device, or its memory lost):
 * the original receipt's fiscal ID and the goods coming back, entered by hand (Caspos isManual).
 */
export function ManualRefundDialog({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const cashierName = useSession((s) => s.cashierName);
  const [parentId, setParentId] = useState('');
  const [lines, setLines] = useState<ReceiptLine[]>([]);
  const [editing, setEditing] = useState<number>();
  const [toCard, setToCard] = useState(false);
  const total = linesTotal(lines);
  const add = (product: Product) =>
    setLines([
      ...lines,
      { name: product.name, code: product.barcodes[0] ?? product.code, codeType: product.codeType, quantity: 1000, unit: product.unit, price: product.price, discount: 0, vatRate: product.vatRate },
    ]);
  const submit = useMutation({
    mutationFn: () =>
      call(api, 'document.submit', {
        document: refundDocument({ parentDocumentId: parentId.trim(), lines, toCard, manual: true, cashierName }),
      }),
    onSuccess: (view) => {
      void client.invalidateQueries({ queryKey: ['journal.list'] });
      if (view.state !== 'rejected') onClose();
    },
  });
  const editingLine = editing === undefined ? undefined : lines[editing];
  return (
    <Dialog title={t('receipts.manualTitle')} onClose={onClose} wide>
      <p className="muted">{t('receipts.manualExplain')}</p>
      <div className="fields">
        <label>
          {t('receipts.manualParentId')}
          <input value={parentId} onChange={(e) => setParentId(e.target.value)} maxLength={64} data-testid="manual-parent" />
        </label>
      </div>
      <ProductSearch onPick={add} currency={currency} locale={locale} />
      <ul className="refund-lines">
        {lines.map((line, i) => (
          <li key={i}>
            <button type="button" className="touch tender" onClick={() => setEditing(i)}>
              <span>{line.name}</span>
              <strong>
                {formatQuantity(line.quantity, line.unit, locale)} × {formatMoney(line.price, currency, locale)}
              </strong>
            </button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={toCard} onChange={(e) => setToCard(e.target.checked)} />
        {t('receipts.toCard')}
      </label>
      {submit.data?.state === 'rejected' && submit.data.error && <DeviceErrorMessage code={submit.data.error.code} deviceText={submit.data.error.deviceText} />}
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose}>
          {t('keypad.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={!parentId.trim() || total <= 0 || submit.isPending} onClick={() => submit.mutate()}>
          {t('receipts.refundPay', { amount: formatMoney(total, currency, locale) })}
        </button>
      </div>
      {editingLine && editing !== undefined && (
        <Keypad
          title={editingLine.name}
          decimals={editingLine.unit === 'piece' ? 0 : 3}
          onClose={() => setEditing(undefined)}
          onDone={(value) => {
            const quantity = editingLine.unit === 'piece' ? value * 1000 : value;
            setLines(quantity > 0 ? lines.map((l, i) => (i === editing ? { ...l, quantity } : l)) : lines.filter((_, i) => i !== editing));
            setEditing(undefined);
          }}
        />
      )}
    </Dialog>
  );
}
