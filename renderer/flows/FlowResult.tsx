import { useTranslation } from 'react-i18next';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { useDeviceInfo } from '../queries/use-device-info';
import { documentKindKey } from '../../shared/i18n/document-keys';
import { ResultDialog } from '../sale/ResultDialog';

/** A flow's fiscalised document shown as a sale's is: number, fiscal id, QR code, reprint. */
export function FlowResult({ document, currency, locale, onClose }: { document: JournalDocumentView; currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const info = useDeviceInfo();
  return (
    <ResultDialog
      document={document}
      qrCodeUrl={info.data?.qrCodeUrl}
      currency={currency}
      locale={locale}
      onNext={onClose}
      nextLabel={t('flows.done')}
      title={t('flows.resultTitle', { kind: t(documentKindKey[document.document.kind]) })}
    />
  );
}
