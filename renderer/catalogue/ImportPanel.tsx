import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../shared/catalog';
import { maxImportFileBytes, type ImportFileId, type ImportProgress } from '../../shared/catalog-file-import';
import { formatFileSize } from '../../shared/file-size';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { useTaxGroups } from '../queries/use-tax-groups';
import { Dialog } from '../ui/Dialog';
import { downloadFile } from '../ui/download';
import { ImportProblems } from './ImportProblems';
import { ImportProgressLine } from './ImportProgressLine';
import { invalidateCatalogue } from './invalidate';

const csvType = 'text/csv;charset=utf-8';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The shop's products from a CSV file: a template to start from, a preview (how many rows,
 * which are wrong and why), then an import of the whole file or nothing, "replace" only after a
 * confirmation; and the catalogue back out as CSV. The buttons come first and the result is
 * scrolled into view, so neither is below the fold.
 */
export function ImportPanel({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const taxGroups = useTaxGroups();
  const [file, setFile] = useState<{ name: string; fileId: ImportFileId }>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<ImportProgress>();
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => api.subscribe('catalog.importProgress', setProgress), [api]);
  // The file goes to main by path or upload, never as text in the page: a million products is 80 MB.
  const check = useMutation({
    mutationFn: async (chosen: File) => {
      const sent = await api.sendImportFile(chosen);
      if (!sent.ok) throw new KassaCallError(sent.error);
      setFile({ name: chosen.name, fileId: sent.value.fileId });
      return call(api, 'catalog.previewFile', { fileId: sent.value.fileId });
    },
    onSuccess: setPreview,
  });
  const load = useMutation({
    mutationFn: ({ fileId, mode }: { fileId: ImportFileId; mode: 'replace' | 'merge' }) => call(api, 'catalog.importFile', { fileId, mode }),
    onSuccess: () => invalidateCatalogue(client),
  });
  const cancel = useMutation({ mutationFn: () => call(api, 'catalog.cancelImport', {}) });
  const exportFile = useMutation({
    mutationFn: () => call(api, 'catalog.export', {}),
    onSuccess: ({ csv }) => downloadFile(`kassa-catalogue-${today()}.csv`, csv, csvType),
  });
  const template = useMutation({
    mutationFn: () => call(api, 'catalogue.template', { vatRate: taxGroups[0] ?? 'vat18' }),
    onSuccess: ({ csv }) => downloadFile('kassa-catalogue-template.csv', csv, csvType),
  });
  const failed = load.error ?? check.error;
  const refused = failed instanceof KassaCallError ? failed.error : undefined;
  const refusedProblems = refused?.code === 'import_invalid' ? (refused.details as ImportProblem[]) : undefined;
  const settled = load.isSuccess || load.isError;
  useEffect(() => {
    if (settled || preview) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [settled, preview]);
  const blocked = !file || !preview || preview.problems.length > 0 || load.isPending;
  const importTo = (mode: 'replace' | 'merge') => file && load.mutate({ fileId: file.fileId, mode });
  const running = (check.isPending || load.isPending) && progress && (progress.state === 'reading' || progress.state === 'writing');

  return (
    <div className="import-panel">
      <div className="cash-actions">
        <label className="touch big file-pick">
          {t('catalogue.chooseFile')}
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="catalogue-file"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (!chosen) return;
              setFile(undefined);
              setPreview(undefined);
              load.reset();
              check.mutate(chosen);
              // The same file picked again (after fixing it) is a change too.
              event.target.value = '';
            }}
          />
        </label>
        <button type="button" className="touch big" onClick={() => template.mutate()} disabled={template.isPending} data-testid="catalogue-template">
          {t('products.importing.template')}
        </button>
        <button type="button" className="touch big" onClick={() => exportFile.mutate()} disabled={exportFile.isPending}>
          {t('catalogue.export')}
        </button>
      </div>
      <p className="hint">{t('products.importing.templateHint')}</p>
      <div ref={outcome} className="import-outcome">
        {running && <ImportProgressLine progress={progress} locale={locale} onCancel={() => cancel.mutate()} />}
        {refused?.code === 'import_cancelled' ? (
          <p className="done-note" role="status" data-testid="import-cancelled">
            {t('catalogue.importCancelled')}
          </p>
        ) : (
          refused && (
            <p className="device-error" role="alert" data-testid="import-error">
              {t(errorMessageKey[refused.code], { limit: formatFileSize(maxImportFileBytes, locale) })}
            </p>
          )
        )}
        {file && preview && (
          <div className="import-preview" data-testid="import-preview">
            <h2>{file.name}</h2>
            <p>{t('catalogue.previewCounts', { rows: preview.rows, valid: preview.valid, problems: preview.problemCount })}</p>
            <div className="dialog-actions">
              <button type="button" className="touch" disabled={blocked} onClick={() => importTo('merge')} data-testid="import-merge">
                {t('catalogue.merge')}
              </button>
              <button type="button" className="touch primary" disabled={blocked} onClick={() => setConfirming(true)} data-testid="import-replace">
                {t('catalogue.replace')}
              </button>
            </div>
            {load.data && (
              <p className="done-note" role="status" data-testid="import-done">
                {t('catalogue.imported', { count: load.data.imported })}
              </p>
            )}
            {refusedProblems && <ImportProblems problems={refusedProblems} />}
            {preview.problems.length > 0 && <ImportProblems problems={preview.problems} />}
            {preview.sample.length > 0 && (
              <table className="sample">
                <tbody>
                  {preview.sample.map((p, i) => (
                    <tr key={i}>
                      <td>{p.name}</td>
                      <td>{p.barcodes.join(', ')}</td>
                      <td>{formatMoney(p.price, currency, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
      {confirming && preview && (
        <Dialog title={t('products.importing.replaceTitle')} onClose={() => setConfirming(false)}>
          <p data-testid="replace-warning">{t('products.importing.replaceWarning', { rows: preview.valid })}</p>
          <div className="dialog-actions">
            <button type="button" className="touch" onClick={() => setConfirming(false)} data-testid="replace-cancel">
              {t('products.cancel')}
            </button>
            <button
              type="button"
              className="touch danger"
              onClick={() => {
                setConfirming(false);
                importTo('replace');
              }}
              data-testid="replace-confirm"
            >
              {t('products.importing.replaceConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
