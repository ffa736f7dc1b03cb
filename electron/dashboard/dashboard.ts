import type { DashboardScope, DashboardSummary } from '../../shared/ipc/dashboard-channels';
import { ShopClock } from '../../shared/shop-time';
import type { SettledDocuments, SettledPeriod } from '../journal/settled-documents';
import { summarize } from '../../shared/dashboard/summarize';

/** The dashboard of the current shift or of a day of the shop's clock in `timeZone`. */
export function dashboardSummary(source: SettledDocuments, deviceId: string, timeZone: string, scope: DashboardScope): DashboardSummary {
  const clock = new ShopClock(timeZone);
  const period = periodOf(source, deviceId, clock, scope);
  return { timeZone, unsettled: period.unsettled, ...summarize(period.documents, period.cancelled, clock) };
}

function periodOf(source: SettledDocuments, deviceId: string, clock: ShopClock, scope: DashboardScope): SettledPeriod {
  switch (scope.scope) {
    case 'shift':
      return source.currentShift(deviceId);
    case 'day': {
      const { from, to } = clock.dayRange(scope.date);
      return source.between(deviceId, from, to);
    }
  }
}
