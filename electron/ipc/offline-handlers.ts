import type { AppContext } from '../app/context';
import { AppFailure } from '../app/app-failure';
import type { OfflineControl } from '../devices/driver';
import { deviceCall } from './device-call';
import type { Handlers } from './dispatcher';

type OfflineChannel = 'device.offlineStatus' | 'device.goOffline' | 'device.goOnline';

function control(ctx: AppContext): OfflineControl {
  const offline = ctx.device.driver?.offline;
  if (!offline) throw new AppFailure('not_supported', `Device ${ctx.device.id} has no offline mode`);
  return offline;
}

/** The offline mode of a device that has one; the switches go through deviceCall, so the journal's events keep each switch and its time. */
export function createOfflineHandlers(ctx: AppContext): Pick<Handlers, OfflineChannel> {
  return {
    'device.offlineStatus': async () => (ctx.device.driver?.offline ? ctx.device.driver.offline.status() : null),
    'device.goOffline': () => deviceCall(ctx, 'goOffline', () => control(ctx).goOffline()),
    'device.goOnline': () => deviceCall(ctx, 'goOnline', () => control(ctx).goOnline()),
  };
}
