import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../shared/file-size';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { QuarantinePanel } from './QuarantinePanel';

/**
 * "Export diagnostics" for Settings: one zip in the data folder for support, and where the logs
 * are, so a person on the phone with support can find both.
 */
export function DiagnosticsPanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const folders = useQuery({ queryKey: ['diagnostics.folders'], queryFn: () => call(api, 'diagnostics.folders', {}) });
  const exported = useMutation({ mutationFn: () => call(api, 'diagnostics.export', {}) });
  const failure = exported.error instanceof KassaCallError ? exported.error.error.code : exported.error ? 'internal' : undefined;
  return (
    <section className="settings-panel diagnostics-panel" aria-label={t('diagnostics.title')}>
      <p>{t('diagnostics.explain')}</p>
      <button type="button" className="touch big" onClick={() => exported.mutate()} disabled={exported.isPending} data-testid="diagnostics-export">
        {exported.isPending ? t('diagnostics.exporting') : t('diagnostics.export')}
      </button>
      {exported.data && (
        <p className="done-note" role="status" data-testid="diagnostics-saved">
          {t('diagnostics.saved', { path: exported.data.path, size: formatFileSize(exported.data.bytes, locale) })}
        </p>
      )}
      {failure && (
        <p className="device-error" role="alert">
          {t(errorMessageKey[failure])}
        </p>
      )}
      {folders.data && (
        <>
          <p className="folder">{t('diagnostics.logs', { path: folders.data.logs })}</p>
          <p className="folder">{t('diagnostics.exports', { path: folders.data.exports })}</p>
        </>
      )}
      <QuarantinePanel locale={locale} />
    </section>
  );
}
