import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { ExportFormat, ExportRequest } from '../../shared/reports/channels';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { downloadFile } from './download';

type RequestWithoutFormat = ExportRequest extends infer R ? (R extends unknown ? Omit<R, 'format'> : never) : never;

const formatKey = { csv: 'reports.actions.csv', pdf: 'reports.actions.pdf', json: 'reports.actions.json' } as const satisfies Record<ExportFormat, string>;

/** CSV, PDF (and JSON for a Z report) made by the main process and saved here; and the printout of the screen. */
export function ExportButtons({ request, formats }: { request: RequestWithoutFormat; formats: readonly ExportFormat[] }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const exportFile = useMutation({
    mutationFn: (format: ExportFormat) => call(api, 'report.export', { ...request, format } as ExportRequest),
    onSuccess: downloadFile,
  });
  const failure = exportFile.error instanceof KassaCallError ? exportFile.error.error.code : undefined;
  return (
    <div className="report-actions no-print">
      {formats.map((format) => (
        <button key={format} type="button" className="touch" disabled={exportFile.isPending} onClick={() => exportFile.mutate(format)} data-testid={`export-${format}`}>
          {t(formatKey[format])}
        </button>
      ))}
      <button type="button" className="touch" onClick={() => window.print()} data-testid="print">
        {t('reports.actions.print')}
      </button>
      {failure && (
        <p className="device-error" role="alert">
          {t(errorMessageKey[failure])}
        </p>
      )}
    </div>
  );
}
