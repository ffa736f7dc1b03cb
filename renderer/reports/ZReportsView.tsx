import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { zReportDocument } from '../../shared/reports/report-documents';
import { reportingCapabilities } from '../../shared/reports/report-shape';
import { useDeviceStatus } from '../queries/use-device-status';
import { useZList, useZReport } from '../queries/use-reports';
import { DifferenceExplanations } from './DifferenceExplanations';
import { ExportButtons } from './ExportButtons';
import { QueryError } from './QueryError';
import { ReportDocumentView } from './ReportTableView';

interface Props {
  locale: Locale;
  currency: Currency;
  openId: number | undefined;
  onOpen: (id: number | undefined) => void;
  /** The report just taken on the close dialog: its detail says the shift is closed. */
  justTaken: number | undefined;
}

/** Past Z reports, newest first; each opens with its figures and the comparison kept with it. */
export function ZReportsView({ locale, currency, openId, onOpen, justTaken }: Props) {
  const { t } = useTranslation();
  const list = useZList();
  if (openId !== undefined) return <ZReportDetail id={openId} locale={locale} currency={currency} justTaken={justTaken === openId} onBack={() => onOpen(undefined)} />;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <div className="report-view" data-testid="z-list">
      <QueryError error={list.error} />
      {list.data?.length === 0 && <p className="muted">{t('reports.z.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <section className="report-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reports.z.number')}</th>
                <th scope="col">{t('reports.z.closedAt')}</th>
                <th scope="col">{t('reports.z.cashier')}</th>
                <th scope="col" className="numeric">
                  {t('reports.z.sales')}
                </th>
                <th scope="col" className="numeric">
                  {t('reports.z.refunds')}
                </th>
                <th scope="col">{t('reports.z.check')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((z) => (
                <tr key={z.id} className={z.differences > 0 ? 'differs' : undefined}>
                  <td>
                    <button type="button" className="touch link" onClick={() => onOpen(z.id)} data-testid={`z-open-${z.reportNumber}`}>
                      № {z.reportNumber}
                    </button>
                  </td>
                  <td>{formatDateTime(new Date(z.closedAt), locale)}</td>
                  <td>{z.cashierName}</td>
                  <td className="numeric">{money(z.saleTotal)}</td>
                  <td className="numeric">{money(z.refundTotal)}</td>
                  <td>{z.differences === 0 ? t('reports.z.agrees') : t('reports.z.differs', { count: z.differences })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function ZReportDetail({ id, locale, currency, justTaken, onBack }: { id: number; locale: Locale; currency: Currency; justTaken: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  const record = useZReport(id);
  const status = useDeviceStatus().data;
  const report = record.data ? zReportDocument({ t, locale, currency, device: reportingCapabilities(status, record.data.deviceId) }, record.data) : undefined;
  return (
    <div className="report-view" data-testid="z-detail">
      <div className="report-actions no-print">
        <button type="button" className="touch" onClick={onBack}>
          {t('reports.actions.back')}
        </button>
      </div>
      <QueryError error={record.error} />
      {report && record.data && (
        <>
          {justTaken && (
            <p className="done-note no-print" role="status" data-testid="z-taken">
              {t('reports.close.done', { number: record.data.reportNumber })}
            </p>
          )}
          {record.data.beforeClose === null && <p className="muted">{t('reports.z.notThroughScreen')}</p>}
          <DifferenceExplanations rows={record.data.rows} locale={locale} currency={currency} />
          <ReportDocumentView report={report} locale={locale} currency={currency} showTitle />
          <ExportButtons request={{ report: 'z', id }} formats={['json', 'csv', 'pdf']} />
        </>
      )}
    </div>
  );
}
