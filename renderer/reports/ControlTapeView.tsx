import { useTranslation } from 'react-i18next';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { DocumentKind, TapeStateFilter, TapeTender, type TapeFilters } from '../../shared/reports/control-tape';
import { tenderKey } from '../../shared/reports/labels';
import { controlTapeDocument } from '../../shared/reports/report-documents';
import { useControlTape } from '../queries/use-reports';
import { ExportButtons } from './ExportButtons';
import { QueryError } from './QueryError';
import { ReportDocumentView } from './ReportTableView';

const kinds = DocumentKind.options.filter((kind) => kind !== 'closeShift');

/** The shift's documents, filtered by kind, tender and state, with what the device booked of them. */
export function ControlTapeView({ locale, currency, filters, onFilters }: { locale: Locale; currency: Currency; filters: TapeFilters; onFilters: (filters: TapeFilters) => void }) {
  const { t } = useTranslation();
  const tape = useControlTape(filters);
  const report = tape.data ? controlTapeDocument({ t, locale, currency }, tape.data) : undefined;
  const stateLabel = (state: TapeStateFilter) => (state === 'notInJournal' ? t('reports.tape.notInJournal') : t(journalStateKey[state]));
  return (
    <div className="report-view" data-testid="control-tape">
      <div className="report-actions no-print">
        <FilterSelect label={t('reports.tape.kind')} value={filters.kind} options={kinds.map((kind) => [kind, t(documentKindKey[kind])])} onChange={(kind) => onFilters({ ...filters, kind: kind === undefined ? undefined : DocumentKind.parse(kind) })} testId="tape-kind" />
        <FilterSelect label={t('reports.tape.tender')} value={filters.tender} options={TapeTender.options.map((tender) => [tender, t(tenderKey[tender])])} onChange={(tender) => onFilters({ ...filters, tender: tender === undefined ? undefined : TapeTender.parse(tender) })} testId="tape-tender" />
        <FilterSelect label={t('reports.tape.state')} value={filters.state} options={TapeStateFilter.options.map((state) => [state, stateLabel(state)])} onChange={(state) => onFilters({ ...filters, state: state === undefined ? undefined : TapeStateFilter.parse(state) })} testId="tape-state" />
      </div>
      <QueryError error={tape.error} />
      {report && tape.data && (
        <>
          <ReportDocumentView report={report} locale={locale} currency={currency} />
          <ExportButtons request={{ report: 'controlTape', filters }} formats={['csv', 'pdf']} />
        </>
      )}
    </div>
  );
}

/** One filter: "All", or one of the options. */
function FilterSelect(props: { label: string; value: string | undefined; options: [string, string][]; onChange: (value: string | undefined) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <label className="select-field">
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)} data-testid={props.testId}>
        <option value="">{t('reports.tape.all')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
