import { timeZoneOf } from '../../shared/device';
import type { dashboardChannels } from '../../shared/ipc/dashboard-channels';
import type { AppContext } from '../app/context';
import { dashboardSummary } from '../dashboard/dashboard';
import { SettledDocuments } from '../journal/settled-documents';
import type { Handlers } from './dispatcher';

type DashboardChannel = keyof typeof dashboardChannels;

export function createDashboardHandlers(ctx: AppContext): Pick<Handlers, DashboardChannel> {
  const settled = new SettledDocuments(ctx.db, ctx.journal.quarantine);
  return {
    // Days and hours on the device's clock, which is the shop's fiscal day.
    'dashboard.summary': (scope) => dashboardSummary(settled, ctx.device.id, timeZoneOf(ctx.device.status().kind), scope),
  };
}
