import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { ReceiptLine } from '../../shared/fiscal/documents';
import { linesTotal } from '../../shared/fiscal/receipt-math';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { moneyBackDocument } from '../../shared/flows/money-back';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import { FlowDialog } from '../flows/FlowDialog';
import { useSubmitDocument } from '../flows/use-submit-document';
import { formatQuantity } from '../format-quantity';
import { ProductSearch } from '../sale/ProductSearch';
import { useDeviceStatus } from '../queries/use-device-status';
import { useSession } from '../session-store';
import { Keypad } from '../ui/Keypad';

/** The device cannot check another device's receipt, so nothing goes back to a credit or advance it cannot see. */
const nothingFirst = { credit: 0, prepayment: 0, bonus: 0 };

/**
 * A refund of a receipt this device cannot check (sold on another device, or its memory lost):
 * the original receipt's fiscal ID and the goods coming back, entered by hand (Caspos isManual).
 */
export function ManualRefundDialog({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const cashierName = useSession((s) => s.cashierName);
  const [parentId, setParentId] = useState('');
  const [lines, setLines] = useState<ReceiptLine[]>([]);
  const [editing, setEditing] = useState<number>();
  const [toCard, setToCard] = useState(false);
  const total = linesTotal(lines);
  const cashRounding = useDeviceStatus().data?.capabilities?.cashRounding ?? 'none';
  const add = (product: Product) =>
    setLines([
      ...lines,
      { name: product.name, code: product.barcodes[0] ?? product.code, codeType: product.codeType, quantity: 1000, unit: product.unit, price: product.price, discount: 0, vatRate: product.vatRate },
    ]);
  const [result, setResult] = useState<JournalDocumentView>();
  const state = useSubmitDocument(setResult);
  const send = () =>
    state.submit(moneyBackDocument({ parent: { manualDocumentId: parentId.trim() }, moneyBackType: 'sale', lines, returnFirst: nothingFirst, toCard, cashierName, cashRounding }));
  const editingLine = editing === undefined ? undefined : lines[editing];
  return (
    <FlowDialog
      title={t('receipts.manualTitle')}
      state={state}
      result={result}
      problem={undefined}
      confirm={{ label: t('receipts.refundPay', { amount: formatMoney(total, currency, locale) }), disabled: !parentId.trim() || total <= 0, onClick: send, testId: 'confirm-manual-refund' }}
      money={{ currency, locale }}
      onClose={onClose}
    >
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
    </FlowDialog>
  );
}
