import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { formatQuantity } from '../format-quantity';
import { lineTotal } from '../../shared/fiscal/receipt-math';
import { ReceiptPaid } from './ReceiptPaid';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';

/** One journaled document: what it is, its state, its lines and total, and what can be done with it. */
export function ReceiptDetail({ document: open, currency, locale, children }: { document: JournalDocumentView; currency: Currency; locale: Locale; children: ReactNode }) {
  const { t } = useTranslation();
  const money = (amount: number | null) => (amount === null ? '' : formatMoney(amount, currency, locale));
  // A credit payment's lines carry the sale's whole line as price and the part paid now apart.
  const paidLines = open.document.kind === 'sale' || open.document.kind === 'moneyBack';
  return (
    <article className="receipt-detail" data-testid="receipt-detail">
      <h2>
        {t(documentKindKey[open.document.kind])} {open.result ? `№ ${open.result.documentNumber}` : ''}
      </h2>
      <p>
        {t(journalStateKey[open.state])} · {open.result?.shortDocumentId ?? ''}
      </p>
      {'reason' in open.document && open.document.reason && <p data-testid="receipt-reason">{t('till.audit.reason', { reason: open.document.reason })}</p>}
      {'lines' in open.document && open.document.lines && (
        <ul className="detail-lines" data-testid="receipt-lines">
          {open.document.lines.map((line, i) => (
            <li key={i}>
              {line.name} — {formatQuantity(line.quantity, line.unit, locale)} × {money(line.price)}
              {paidLines && line.discount > 0 && ` · ${t('till.receipt.lineDiscount', { amount: money(line.discount) })}`}
              {paidLines && ` · ${t('till.receipt.linePaid', { amount: money(lineTotal(line)) })}`}
            </li>
          ))}
        </ul>
      )}
      <p className="result-total">{money(open.total)}</p>
      {(open.document.kind === 'sale' || open.document.kind === 'moneyBack') && open.total !== null && <ReceiptPaid document={open.document} total={open.total} currency={currency} locale={locale} />}
      {open.error && <DeviceErrorMessage refusal={open.error} />}
      {children}
    </article>
  );
}
