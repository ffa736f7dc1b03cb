import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, useKassaApi } from '../kassa-api';
import { downloadFile } from '../reports/download';
import { ErrorText } from '../ui/ErrorText';
import { printStateText } from './print-texts';

/**
 * How the receipt's print on the app's printer went, for a device that prints nothing itself:
 * the sale is done whatever the printer did, and a failed print is printed again from here.
 * Shows nothing where the device prints itself or no printer is set.
 */
export function ReceiptPrint({ uuid }: { uuid: string }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const key = ['receipt.printState', uuid] as const;
  const state = useQuery({
    queryKey: key,
    queryFn: () => call(api, 'receipt.printState', { uuid }),
    // Asked again while the printer works; a count of quick asks, then it stays as it is.
    refetchInterval: (query) => (query.state.data?.state === 'printing' ? 500 : false),
  });
  const again = useMutation({ mutationFn: () => call(api, 'receipt.print', { uuid }), onSuccess: (value) => client.setQueryData(key, value) });
  const pdf = useMutation({ mutationFn: () => call(api, 'receipt.pdf', { uuid }), onSuccess: downloadFile });
  const current = state.data;
  if (!current || current.state === 'off') return null;
  return (
    <div className="receipt-print" data-testid="receipt-print" data-state={current.state}>
      <p role={current.state === 'failed' ? 'alert' : 'status'} className={current.state === 'failed' ? 'device-error' : 'muted'}>
        {printStateText(t, current)}
      </p>
      {current.state === 'failed' && (
        <button type="button" className="touch" onClick={() => again.mutate()} disabled={again.isPending} data-testid="receipt-print-again">
          {t('printing.printAgain')}
        </button>
      )}
      {current.state === 'pdf' && (
        <button type="button" className="touch" onClick={() => pdf.mutate()} disabled={pdf.isPending} data-testid="receipt-pdf">
          {t('printing.openPdf')}
        </button>
      )}
      <ErrorText error={again.error ?? pdf.error} />
    </div>
  );
}
