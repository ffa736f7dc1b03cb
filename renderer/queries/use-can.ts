import { can, type CapabilityNeed } from '../../shared/devices/capability-need';
import { useDeviceStatus } from './use-device-status';

/**
 * Whether the active device can do something, from its status (kept current by its events).
 * Until the status is known, nothing: a button appears only when it can work, never one that can
 * only fail.
 */
export function useCan(): (need: CapabilityNeed) => boolean {
  const capabilities = useDeviceStatus().data?.capabilities;
  return (need) => can(capabilities, need);
}
