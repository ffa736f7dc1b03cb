import { can, type CapabilityNeed } from '../../shared/devices/capability-need';
import type { AppContext } from '../app/context';
import { AppFailure } from '../app/app-failure';

function refuse(ctx: AppContext, need: CapabilityNeed): never {
  throw new AppFailure('not_supported', `Device ${ctx.device.id} cannot do ${need}`, { capability: need });
}

/**
 * A call the active device cannot make is refused here, before anything reaches the journal or
 * the device: the renderer hides such buttons, so this answers a stale screen or a crafted call.
 */
export function requireCapability(ctx: AppContext, need: CapabilityNeed): void {
  if (!can(ctx.device.capabilities(), need)) refuse(ctx, need);
}
