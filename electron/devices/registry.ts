import type { DeviceKind } from '../../shared/device';
import type { DoctorCheck } from '../../shared/doctor';
import { casposDescriptor } from './caspos/descriptor';
import { checkboxDescriptor } from './checkbox/descriptor';
import { smartOneDescriptor } from './smartone/descriptor';
import { smartxDescriptor } from './smartx/descriptor';
import { registered, type DiscoveredDevice, type DiscoveryProgress, type DriverDescriptor } from './driver';

/**
 * Every fiscal system the app knows, one line each. A kind without a driver yet is `undefined`:
 * its devices are listed and shown as unavailable. Lint lets only this file import a driver's folder.
 */
export const drivers = {
  caspos: registered(casposDescriptor),
  checkbox: registered(checkboxDescriptor),
  smartx: registered(smartxDescriptor),
  smartone: registered(smartOneDescriptor),
} satisfies Record<DeviceKind, DriverDescriptor | undefined>;

export function descriptorOf(kind: DeviceKind): DriverDescriptor | undefined {
  return drivers[kind];
}

/** Every system that can be found on the LAN, looked for in the ranges one after the other. */
export async function discoverDevices(ranges: readonly string[], onProgress: (progress: DiscoveryProgress) => void): Promise<DiscoveredDevice[]> {
  const found: DiscoveredDevice[] = [];
  for (const descriptor of Object.values(drivers)) {
    if (descriptor?.discover) found.push(...(await descriptor.discover(ranges, onProgress)));
  }
  return found;
}

/** The installer's checks of a device of `kind`, its settings checked by its driver's schema first. */
export async function checkDevice(kind: DeviceKind, config: unknown, secrets: unknown): Promise<DoctorCheck[]> {
  const descriptor = drivers[kind];
  // The settings and the doctor only offer systems with a driver: reaching here without one is a bug.
  if (!descriptor) throw new RangeError(`No driver for ${kind} devices`);
  return descriptor.doctor(descriptor.config.parse(config), descriptor.secrets.parse(secrets));
}

/** The data folder's files where training devices keep their fiscal memory. */
export function trainingMemoryFiles(): string[] {
  return Object.values(drivers).flatMap((descriptor) => (descriptor?.training ? [descriptor.training.memoryFile] : []));
}
