import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../shared/catalog';
import { errorMessageKey } from '../../shared/i18n/resources';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { ImportProblems } from './ImportProblems';
import { downloadFile } from '../ui/download';

/**
 * The shop's products from a CSV file: a preview first (how many rows, which ones are wrong and
 * why), then an import that takes the whole file or nothing; and the catalogue back out as CSV.
 */
export function CatalogueScreen({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const [file, setFile] = useState<{ name: string; csv: string }>();
  const [preview, setPreview] = useState<ImportPreview>();
  const check = useMutation({ mutationFn: (csv: string) => call(api, 'catalog.importPreview', { csv }), onSuccess: setPreview });
  const load = useMutation({
    mutationFn: (mode: 'replace' | 'merge') => call(api, 'catalog.import', { csv: file?.csv ?? '', mode }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['catalog.favourites'] }),
  });
  const exportFile = useMutation({
    mutationFn: () => call(api, 'catalog.export', {}),
    onSuccess: ({ csv }) => downloadFile(`kassa-catalogue-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8'),
  });
  const refused = load.error instanceof KassaCallError ? load.error.error : undefined;
  const refusedProblems = refused?.code === 'import_invalid' ? (refused.details as ImportProblem[]) : undefined;

  return (
    <section className="catalogue-screen">
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
        <button type="button" className="touch big" onClick={() => exportFile.mutate()} disabled={exportFile.isPending}>
          {t('catalogue.export')}
        </button>
      </div>
      {file && preview && (
        <div className="import-preview" data-testid="import-preview">
          <h2>{file.name}</h2>
          <p>{t('catalogue.previewCounts', { rows: preview.rows, valid: preview.valid, problems: preview.problems.length })}</p>
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
          <div className="dialog-actions">
            <button type="button" className="touch" disabled={preview.problems.length > 0 || load.isPending} onClick={() => load.mutate('merge')} data-testid="import-merge">
              {t('catalogue.merge')}
            </button>
            <button type="button" className="touch primary" disabled={preview.problems.length > 0 || load.isPending} onClick={() => load.mutate('replace')} data-testid="import-replace">
              {t('catalogue.replace')}
            </button>
          </div>
        </div>
      )}
      {load.data && (
        <p className="done-note" role="status" data-testid="import-done">
          {t('catalogue.imported', { count: load.data.imported })}
        </p>
      )}
      {refusedProblems && <ImportProblems problems={refusedProblems} />}
      {refused && (
        <p className="device-error" role="alert">
          {t(errorMessageKey[refused.code])}
        </p>
      )}
    </section>
  );
}
