import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { cellText, type ReportDocument, type ReportFact, type ReportTable } from '../../shared/reports/report-tables';

/** A report table as the manager reads it: numbers right-aligned, differences in red. */
export function ReportTableView({ table, locale, currency }: { table: ReportTable; locale: Locale; currency: Currency }) {
  return (
    <section className="report-table" data-testid={`report-table-${table.id}`}>
      <h3>{table.heading}</h3>
      <table>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} className={column.numeric ? 'numeric' : undefined} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.highlight ? 'differs' : undefined} data-differs={row.highlight || undefined}>
              {row.cells.map((cell, i) => (
                <td key={i} className={table.columns[i]?.numeric ? 'numeric' : cell.kind === 'time' ? 'nowrap' : undefined}>
                  {cellText(cell, { locale, currency })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReportFacts({ facts, locale, currency }: { facts: readonly ReportFact[]; locale: Locale; currency: Currency }) {
  return (
    <dl className="report-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{cellText(fact.value, { locale, currency })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A whole report: its title (on paper, or on screen too with `showTitle`), facts and tables. */
export function ReportDocumentView({ report, locale, currency, showTitle = false }: { report: ReportDocument; locale: Locale; currency: Currency; showTitle?: boolean }) {
  return (
    <>
      <h2 className={showTitle ? undefined : 'print-only'}>{report.title}</h2>
      <ReportFacts facts={report.facts} locale={locale} currency={currency} />
      {report.tables.map((table) => (
        <ReportTableView key={table.id} table={table} locale={locale} currency={currency} />
      ))}
    </>
  );
}
