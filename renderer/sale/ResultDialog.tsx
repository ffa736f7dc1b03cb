import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaleDocument, Tender } from '../../shared/fiscal/documents';
import { change } from '../../shared/fiscal/receipt-math';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';
import { useCan } from '../queries/use-can';
import { Dialog } from '../ui/Dialog';
import { tenderKey } from './tender-keys';
import { ReceiptPrint } from '../printing/ReceiptPrint';
import { qrImage } from './qr-code';

/**
 * The fiscalised receipt: its number, fiscal id and the QR code of the tax service's public check
 * page (the device's qr_code_url + the document id), reprint, the drawer, and the next sale.
 */
export function ResultDialog({
  document,
  qrCodeUrl,
  currency,
  locale,
  onNext,
  nextLabel,
  title,
}: {
  document: JournalDocumentView;
  qrCodeUrl: string | undefined;
  currency: Currency;
  locale: Locale;
  onNext: () => void;
  /** What the last button says: the next sale, or back to where a flow started. */
  nextLabel?: string;
  /** What was done, where it is not a sale. */
  title?: string;
}) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [qr, setQr] = useState<string>();
  const result = document.result;
  // The receipt's own page where the device's service gives one (the e-receipt), else the device's check page of its id.
  const checkUrl = result?.receiptUrl ?? (qrCodeUrl && result?.documentId ? `${qrCodeUrl}${result.documentId}` : undefined);
  useEffect(() => {
    if (!checkUrl) return;
    void qrImage(checkUrl).then(setQr);
  }, [checkUrl]);
  const reprint = useMutation({ mutationFn: () => call(api, 'device.printLast', {}) });
  const drawer = useMutation({ mutationFn: () => call(api, 'device.openDrawer', {}) });
  const able = useCan();
  const paid = document.document.kind === 'sale' ? document.document : undefined;
  return (
    <Dialog title={title ?? t('result.title')} onClose={onNext} wide>
      <div className="result" data-testid="result">
        <div className="result-facts">
          <p className="result-number" data-testid="result-number">
            {t('result.number', { number: result?.documentNumber ?? '—' })}
          </p>
          <p>
            {t('result.fiscalId')}: <strong data-testid="result-short-id">{result?.shortDocumentId ?? document.offlineCode ?? '—'}</strong>
          </p>
          {(document.offlineCode !== undefined || result?.provisional) && <p className="muted" data-testid="result-provisional">{t('offline.provisional')}</p>}
          {document.total !== null && <p className="result-total">{formatMoney(document.total, currency, locale)}</p>}
          {paid && <Paid document={paid} total={document.total ?? 0} currency={currency} locale={locale} />}
          {document.duplicate && <p className="muted">{t('result.doneEarlier')}</p>}
        </div>
        {qr && (
          <figure className="e-receipt">
            <img className="qr" src={qr} alt={t('result.qr')} width={220} height={220} data-testid="result-qr" data-url={checkUrl} />
            {result?.receiptUrl && <figcaption>{t('printing.eReceipt')}</figcaption>}
          </figure>
        )}
      </div>
      {document.state === 'done' && <ReceiptPrint uuid={document.uuid} />}
      <div className="dialog-actions">
        {able('report.reprint') && (
          <button type="button" className="touch" onClick={() => reprint.mutate()} disabled={reprint.isPending} data-testid="result-reprint">
            {t('result.reprint')}
          </button>
        )}
        {able('cashDrawer') && (
          <button type="button" className="touch" onClick={() => drawer.mutate()} disabled={drawer.isPending} data-testid="result-drawer">
            {t('result.drawer')}
          </button>
        )}
        <button type="button" className="touch primary" onClick={onNext} autoFocus data-testid="next-sale">
          {nextLabel ?? t('result.next')} <kbd>Enter</kbd>
        </button>
      </div>
    </Dialog>
  );
}

const tenderOrder: Tender[] = ['cash', 'card', 'bonus', 'credit', 'prepayment'];

/** What the customer paid, tender by tender, and the change to hand over, large: the cashier reads it from across the counter. */
function Paid({ document, total, currency, locale }: { document: SaleDocument; total: number; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const due = change(total, document.tenders, document.cashRounding);
  return (
    <>
      <dl className="result-tenders" aria-label={t('result.paid')} data-testid="result-tenders">
        {tenderOrder
          .filter((tender) => document.tenders[tender] > 0)
          .map((tender) => (
            <div key={tender}>
              <dt>{t(tenderKey[tender])}</dt>
              <dd>{money(document.tenders[tender])}</dd>
            </div>
          ))}
        {/* Cash rounded under the device's rule (Ukraine's NBU): the tenders add up to the total with it. */}
        {document.cashRounding ? (
          <div>
            <dt>{t('payment.cashRounding')}</dt>
            <dd data-testid="result-rounding">{money(document.cashRounding)}</dd>
          </div>
        ) : null}
      </dl>
      {due > 0 && (
        <p className="result-change">
          {t('result.change')}: <strong data-testid="result-change">{money(due)}</strong>
        </p>
      )}
    </>
  );
}
