import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, useKassaApi } from '../kassa-api';
import { downloadFile } from '../reports/download';
import { ErrorText } from '../ui/ErrorText';
import { printStateText } from './print-texts';

/**
 * "Print a copy" in receipt detail, for a device that prints nothing itself: the paper says
 * КОПІЯ (in the paper's language) and the main process records who printed it. In the web host
 * the copy is a PDF the browser opens. Shows nothing where no printer is needed or set.
 */
export function ReceiptReprint({ uuid }: { uuid: string }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  // Not printer.get: its settings are a manager's to read, and a cashier opens receipt detail.
  const reprintable = useQuery({ queryKey: ['receipt.reprintable'], queryFn: () => call(api, 'receipt.reprintable', {}) });
  const reprint = useMutation({ mutationFn: () => call(api, 'receipt.reprint', { uuid }) });
  const pdf = useMutation({ mutationFn: () => call(api, 'receipt.pdf', { uuid, copy: true }), onSuccess: downloadFile });
  if (!reprintable.data?.reprintable) return null;
  const state = reprint.data;
  return (
    <div className="receipt-print" data-testid="receipt-reprint" data-state={state?.state ?? 'idle'}>
      <button type="button" className="touch" onClick={() => reprint.mutate()} disabled={reprint.isPending} data-testid="receipt-reprint-button">
        {t('printing.reprintCopy')}
      </button>
      {state && state.state !== 'off' && (
        <p role={state.state === 'failed' ? 'alert' : 'status'} className={state.state === 'failed' ? 'device-error' : 'muted'}>
          {printStateText(t, state)}
        </p>
      )}
      {state?.state === 'pdf' && (
        <button type="button" className="touch" onClick={() => pdf.mutate()} disabled={pdf.isPending} data-testid="receipt-copy-pdf">
          {t('printing.openCopyPdf')}
        </button>
      )}
      <ErrorText error={reprint.error ?? pdf.error} />
    </div>
  );
}
