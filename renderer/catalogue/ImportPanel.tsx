import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../shared/catalog';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { useTaxGroups } from '../queries/use-tax-groups';
import { Dialog } from '../ui/Dialog';
import { downloadFile } from '../ui/download';
import { ImportProblems } from './ImportProblems';
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
  const [file, setFile] = useState<{ name: string; csv: string }>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [confirming, setConfirming] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const check = useMutation({ mutationFn: (csv: string) => call(api, 'catalog.importPreview', { csv }), onSuccess: setPreview });
  const load = useMutation({
    mutationFn: (mode: 'replace' | 'merge') => call(api, 'catalog.import', { csv: file?.csv ?? '', mode }),
    onSuccess: () => invalidateCatalogue(client),
  });
  const exportFile = useMutation({
    mutationFn: () => call(api, 'catalog.export', {}),
    onSuccess: ({ csv }) => downloadFile(`kassa-catalogue-${today()}.csv`, csv, csvType),
  });
  const template = useMutation({
    mutationFn: () => call(api, 'catalogue.template', { vatRate: taxGroups[0] ?? 'vat18' }),
    onSuccess: ({ csv }) => downloadFile('kassa-catalogue-template.csv', csv, csvType),
  });
  const refused = load.error instanceof KassaCallError ? load.error.error : undefined;
  const refusedProblems = refused?.code === 'import_invalid' ? (refused.details as ImportProblem[]) : undefined;
  const settled = load.isSuccess || load.isError;
  useEffect(() => {
    if (settled || preview) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [settled, preview]);
  const blocked = !preview || preview.problems.length > 0 || load.isPending;

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
              void chosen.text().then((csv) => {
                setFile({ name: chosen.name, csv });
                setPreview(undefined);
                load.reset();
                check.mutate(csv);
              });
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
        {file && preview && (
          <div className="import-preview" data-testid="import-preview">
            <h2>{file.name}</h2>
            <p>{t('catalogue.previewCounts', { rows: preview.rows, valid: preview.valid, problems: preview.problemCount })}</p>
            <div className="dialog-actions">
              <button type="button" className="touch" disabled={blocked} onClick={() => load.mutate('merge')} data-testid="import-merge">
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
            {refused && (
              <p className="device-error" role="alert">
                {t(errorMessageKey[refused.code])}
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
                load.mutate('replace');
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
