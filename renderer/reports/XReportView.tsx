import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { comparisonTable, shiftReportTables } from '../../shared/reports/report-tables';
import { reportingCapabilities } from '../../shared/reports/report-shape';
import { useDeviceStatus } from '../queries/use-device-status';
import { useReconciliation } from '../queries/use-reports';
import { ExpectedCash } from '../cash/ExpectedCash';
import { AnswerMismatches } from './AnswerMismatches';
import { DifferenceExplanations } from './DifferenceExplanations';
import { ExportButtons } from './ExportButtons';
import { QueryError } from './QueryError';
import { ReportDocumentView, ReportTableView } from './ReportTableView';

interface Props {
  locale: Locale;
  currency: Currency;
  onCloseShift: () => void;
}

/** The device's X report: the shift so far, without closing it. */
export function XReportView({ locale, currency, onCloseShift }: Props) {
  const { t } = useTranslation();
  const reconciliation = useReconciliation();
  const format = { t, locale, currency, device: reportingCapabilities(useDeviceStatus().data) };
  const shift = reconciliation.data ? shiftReportTables(format, reconciliation.data.device) : undefined;
  return (
    <div className="report-view" data-testid="x-report">
      <div className="report-actions no-print">
        <RefreshButton query={reconciliation} />
        {/* Closing the shift cannot be undone: a warning colour, away from Refresh, never the main button. */}
        <button type="button" className="touch danger apart" onClick={onCloseShift} disabled={!reconciliation.data} data-testid="close-shift">
          {t('reports.actions.closeShift')}
        </button>
      </div>
      <QueryError error={reconciliation.error} />
      {shift && (
        <>
          <ReportDocumentView report={{ title: t('reports.export.xTitle'), ...shift }} locale={locale} currency={currency} />
          <ExportButtons request={{ report: 'x' }} formats={['csv', 'pdf']} />
          <ExpectedCash currency={currency} locale={locale} />
        </>
      )}
    </div>
  );
}

/** The journal's figures beside the device's, differences first in the reader's eye. */
export function ReconcileView({ locale, currency, onlyDifferences, onOnlyDifferences }: { locale: Locale; currency: Currency; onlyDifferences: boolean; onOnlyDifferences: (only: boolean) => void }) {
  const { t } = useTranslation();
  const reconciliation = useReconciliation();
  const data = reconciliation.data;
  const rows = data ? data.rows.filter((row) => !onlyDifferences || row.differs) : [];
  return (
    <div className="report-view" data-testid="reconciliation">
      <div className="report-actions no-print">
        <RefreshButton query={reconciliation} />
        <label className="check">
          <input type="checkbox" checked={onlyDifferences} onChange={(e) => onOnlyDifferences(e.target.checked)} data-testid="only-differences" />
          {t('reports.reconcile.onlyDifferences')}
        </label>
      </div>
      <QueryError error={reconciliation.error} />
      {data && (
        <>
          <h2 className="print-only">{t('reports.table.reconciliation')}</h2>
          <p className={data.differences === 0 ? 'done-note' : 'notice'} role="status" data-testid="reconcile-summary">
            {data.differences === 0 ? t('reports.reconcile.agree') : t('reports.reconcile.differ', { count: data.differences })}
          </p>
          {data.unsettled > 0 && <p className="waiting">{t('reports.reconcile.unsettled', { count: data.unsettled })}</p>}
          <DifferenceExplanations rows={data.rows} locale={locale} currency={currency} />
          <AnswerMismatches mismatches={data.mismatches} locale={locale} currency={currency} />
          <p className="muted">{t('reports.reconcile.explain')}</p>
          <ReportTableView table={comparisonTable({ t, locale, currency }, 'reconciliation', t('reports.table.reconciliation'), rows)} locale={locale} currency={currency} />
          <ExportButtons request={{ report: 'x' }} formats={['csv', 'pdf']} />
        </>
      )}
    </div>
  );
}

function RefreshButton({ query }: { query: { refetch: () => Promise<unknown>; isFetching: boolean } }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="touch" onClick={() => void query.refetch()} disabled={query.isFetching}>
      {t('reports.actions.refresh')}
    </button>
  );
}
