import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { DeviceErrorMessage } from '../device/DeviceErrorMessage';
import { formatQuantity } from '../format-quantity';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';

/** One journaled document: what it is, its state, its lines and total, and what can be done with it. */
export function ReceiptDetail({ document: open, currency, locale, children }: { document: JournalDocumentView; currency: Currency; locale: Locale; children: ReactNode }) {
  const { t } = useTranslation();
  const money = (amount: number | null) => (amount === null ? '' : formatMoney(amount, currency, locale));
  return (
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
      {open.error && <DeviceErrorMessage refusal={open.error} />}
      {children}
    </article>
  );
}
