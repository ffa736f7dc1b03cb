import { DeviceKind } from '../../../shared/device';
import { descriptorOf } from '../../devices/registry';


/** The device kind named by `--device` (Caspos when none is), refused with a sentence saying why. */
export function tortureDeviceKind(flag: string | undefined): DeviceKind {
  const parsed = DeviceKind.safeParse(flag ?? 'caspos');
  if (!parsed.success) throw new RangeError(`Unknown device kind "${flag}": --device takes one of ${DeviceKind.options.join(', ')}`);
  const kind = parsed.data;
  if (!descriptorOf(kind)?.training) throw new RangeError(`No ${kind} driver with a training device is registered: the torture runs only against a training device`);
  // Whether the training device offers torture hooks shows only once it runs: runTorture says so then.
  return kind;
}
