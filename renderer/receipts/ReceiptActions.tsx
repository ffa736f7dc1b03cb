import { ReceiptReprint } from '../printing/ReceiptReprint';
import { useTranslation } from 'react-i18next';
import { moneyBackTypeFor } from '../../shared/flows/money-back';
import type { Tender } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { useCan } from '../queries/use-can';
import { CreditSummary } from './CreditSummary';

/**
 * What a done document allows: a refund of the type its kind calls for (a sale, an advance, a
 * credit payment), a rollback of a sale or correction within the shift, a payment towards a credit.
 */
export function ReceiptActions(props: {
  document: JournalDocumentView;
  canRollBack: boolean;
  rolledBack: boolean;
  onRefund: () => void;
  onRollBack: () => void;
  currency: Currency;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const able = useCan();
  const { document: open } = props;
  const doc = open.document;
  if (open.state !== 'done') return null;
  if (props.rolledBack) return <p className="muted">{t('receipts.rolledBack')}</p>;
  // A refund or a rollback gives back through the tenders the document took: each must still be taken.
  const tendersTaken = 'tenders' in doc ? (Object.entries(doc.tenders) as [Tender, number][]).every(([tender, amount]) => amount === 0 || able(`tender.${tender}`)) : true;
  const refundType = moneyBackTypeFor(doc.kind);
  const refundable = refundType !== undefined && tendersTaken && able('document.moneyBack') && able(`refund.${refundType}`);
  const rollable = (doc.kind === 'sale' || doc.kind === 'correction') && tendersTaken && able('document.rollBack');
  return (
    <>
      {doc.kind === 'sale' && doc.tenders.credit > 0 && <CreditSummary uuid={open.uuid} currency={props.currency} locale={props.locale} />}
      {(doc.kind === 'sale' || doc.kind === 'moneyBack' || doc.kind === 'deposit' || doc.kind === 'withdraw') && <ReceiptReprint uuid={open.uuid} />}
      <div className="dialog-actions">
        {refundable && (
          <button type="button" className="touch" onClick={props.onRefund} data-testid="refund">
            {t('receipts.refund')}
          </button>
        )}
        {rollable && (
          <button type="button" className="touch" disabled={!props.canRollBack} onClick={props.onRollBack} data-testid="rollback">
            {t('receipts.rollback')}
          </button>
        )}
      </div>
    </>
  );
}
