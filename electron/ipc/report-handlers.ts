import type { reportChannels } from '../../shared/reports/channels';
import type { AppContext } from '../app/context';
import { exportReport } from '../reports/export/export-report';
import { ShiftReports } from '../reports/shift-reports';
import type { Handlers } from './dispatcher';
import { requireCapability } from './capability-guard';

type ReportChannel = keyof typeof reportChannels;

export function createReportHandlers(ctx: AppContext): Pick<Handlers, ReportChannel> {
  const reports = new ShiftReports(ctx);
  return {
    'report.reconcile': () => reports.reconcile(ctx.session.signedIn().name),
    'report.z': ({ countedCash }) => {
      requireCapability(ctx, 'document.closeShift');
      return reports.closeShift(ctx.session.signedIn().name, countedCash);
    },
    'report.expectedCash': () => reports.expectedCash(),
    'report.zList': () => reports.zList(),
    'report.zGet': ({ id }) => reports.zGet(id),
    'report.periodic': ({ from, to }) => {
      requireCapability(ctx, 'report.periodic');
      return reports.periodic(from, to);
    },
    'report.controlTape': ({ filters }) => {
      requireCapability(ctx, 'report.controlTape');
      return reports.controlTape(filters);
    },
    'report.export': (request) => exportReport(ctx, reports, request),
  };
}
