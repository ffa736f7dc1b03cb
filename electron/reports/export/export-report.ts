import type { i18n } from 'i18next';
import { currencyOf } from '../../../shared/device';
import { createI18n } from '../../../shared/i18n/create-i18n';
import type { Locale } from '../../../shared/locale';
import type { ExportFile, ExportRequest } from '../../../shared/reports/channels';
import { controlTapeDocument, periodicDocument, xReportDocument, zReportDocument } from '../../../shared/reports/report-documents';
import type { ReportDocument, ReportFormat } from '../../../shared/reports/report-tables';
import { reportingCapabilities } from '../../../shared/reports/report-shape';
import type { AppContext } from '../../app/context';
import { AppFailure } from '../../app/app-failure';
import type { ShiftReports } from '../shift-reports';
import { zReportExport } from '../z-export';
import { reportCsv } from './report-csv';
import { reportPdf } from './report-pdf';

const translations = new Map<Locale, i18n>();

/** The manager's language and the active device's currency; `deviceId`: the device that made the report, whose capabilities shape its tables. */
function formatFor(ctx: AppContext, deviceId?: string): ReportFormat {
  const locale = ctx.settings.get('locale');
  let instance = translations.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    translations.set(locale, instance);
  }
  const status = ctx.device.status();
  return { t: instance.t, locale, currency: currencyOf(status.kind), device: reportingCapabilities(status, deviceId) };
}

async function tableFile(name: string, report: ReportDocument, format: ReportFormat, kind: 'csv' | 'pdf'): Promise<ExportFile> {
  return kind === 'csv'
    ? { fileName: `${name}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(reportCsv(report, format), 'utf8').toString('base64') }
    : { fileName: `${name}.pdf`, mime: 'application/pdf', base64: (await reportPdf(report, format)).toString('base64') };
}

const day = (iso: string) => iso.slice(0, 10);

/** Any report as a file in the manager's language: CSV and PDF of the tables, JSON of a Z report in the operator's format. */
export async function exportReport(ctx: AppContext, reports: ShiftReports, request: ExportRequest): Promise<ExportFile> {
  const format = formatFor(ctx);
  switch (request.report) {
    case 'x': {
      const reconciliation = await reports.reconcile(ctx.session.signedIn().name);
      return tableFile(`kassa-x-report-${day(ctx.now().toISOString())}`, xReportDocument(format, reconciliation), format, request.format);
    }
    case 'z': {
      const record = await reports.zGet(request.id);
      const name = `kassa-z-report-${record.reportNumber}`;
      if (request.format !== 'json') return tableFile(name, zReportDocument(formatFor(ctx, record.deviceId), record), format, request.format);
      const identity = record.identity ?? (await reports.identity());
      if (!identity) throw new AppFailure('device_no_answer', 'The Z report has no device identity and the device does not answer getInfo', { reason: 'identity' });
      const json = JSON.stringify(zReportExport(record, identity), null, 2);
      return { fileName: `${name}.json`, mime: 'application/json', base64: Buffer.from(json, 'utf8').toString('base64') };
    }
    case 'periodic': {
      const view = await reports.periodic(request.from, request.to);
      return tableFile(`kassa-periodic-${day(request.from)}-${day(request.to)}`, periodicDocument(format, view), format, request.format);
    }
    case 'controlTape': {
      const view = await reports.controlTape(request.filters);
      return tableFile(`kassa-control-tape-${day(ctx.now().toISOString())}`, controlTapeDocument(format, view), format, request.format);
    }
  }
}
