import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { periodicDocument } from '../../shared/reports/report-documents';
import { usePeriodic } from '../queries/use-reports';
import { DifferenceExplanations } from './DifferenceExplanations';
import { ExportButtons } from './ExportButtons';
import { QueryError } from './QueryError';
import { ReportDocumentView } from './ReportTableView';

/** yyyy-mm-dd of the date input, in this PC's time zone. */
function dayInput(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The whole days chosen, from the first one's midnight to the last one's end, as instants. */
function rangeOf(from: string, to: string) {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return { from: new Date(fy, fm - 1, fd).toISOString(), to: new Date(ty, tm - 1, td, 23, 59, 59, 999).toISOString() };
}

/** The device's periodic report for a date range beside the journal's own figures for it. */
export function PeriodicView({ locale, currency }: { locale: Locale; currency: Currency }) {
  const { t } = useTranslation();
  const today = dayInput(new Date());
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [range, setRange] = useState<{ from: string; to: string }>(() => rangeOf(today, today));
  const periodic = usePeriodic(range);
  const report = periodic.data ? periodicDocument({ t, locale, currency }, periodic.data) : undefined;
  return (
    <div className="report-view" data-testid="periodic">
      <form
        className="report-actions no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to && from <= to) setRange(rangeOf(from, to));
        }}
      >
        <label className="date-field">
          {t('reports.fact.from')}
          <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} data-testid="periodic-from" />
        </label>
        <label className="date-field">
          {t('reports.fact.to')}
          <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} data-testid="periodic-to" />
        </label>
        <button type="submit" className="touch primary" disabled={!from || !to || from > to}>
          {t('reports.actions.show')}
        </button>
      </form>
      <QueryError error={periodic.error} />
      {report && periodic.data && (
        <>
          {periodic.data.device === null && <p className="waiting">{t('reports.periodic.deviceMissing')}</p>}
          <DifferenceExplanations rows={periodic.data.rows} locale={locale} currency={currency} />
          <ReportDocumentView report={report} locale={locale} currency={currency} />
          <ExportButtons request={{ report: 'periodic', ...range }} formats={['csv', 'pdf']} />
        </>
      )}
    </div>
  );
}
