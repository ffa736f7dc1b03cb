import { DeviceKind } from '../../../shared/device';
import { descriptorOf } from '../../devices/registry';

/**
 * The kinds whose training device the crash torture can drive: it sets the device's fault rates
 * and counts its fiscal memory directly, which only the Caspos training device offers so far.
 */
const tortured: readonly DeviceKind[] = ['caspos'];

/** The device kind named by `--device` (Caspos when none is), refused with a sentence saying why. */
export function tortureDeviceKind(flag: string | undefined): DeviceKind {
  const parsed = DeviceKind.safeParse(flag ?? 'caspos');
  if (!parsed.success) throw new RangeError(`Unknown device kind "${flag}": --device takes one of ${DeviceKind.options.join(', ')}`);
  const kind = parsed.data;
  if (!descriptorOf(kind)?.training) throw new RangeError(`No ${kind} driver with a training device is registered: the torture runs only against a training device`);
  if (!tortured.includes(kind)) throw new RangeError(`The torture cannot drive the ${kind} training device yet: it needs fault rates and a fiscal memory count of it`);
  return kind;
}
