import type { DeviceKind } from '../../shared/device';
import type { DeviceKindForm } from '../../shared/devices/settings-form';
import type { DoctorCheck } from '../../shared/doctor';
import type { DiscoveredDevice, DiscoveryProgress, DriverDescriptor } from './driver';

/** A device found on the LAN, named with the system that found it. */
export type FoundDevice = DiscoveredDevice & { kind: DeviceKind };

/** The registered drivers by kind: a kind without one is `undefined`. */
export type Drivers = Record<DeviceKind, DriverDescriptor | undefined>;

/**
 * What the app asks of the registered drivers, all of it read from their descriptors, so a new
 * driver needs nothing here. Built over the registry's record (./registry.ts), or a test's.
 */
export function driverSet(drivers: Drivers) {
  const registered = (): DriverDescriptor[] => Object.values(drivers).filter((descriptor) => descriptor !== undefined);

  return {
    descriptorOf: (kind: DeviceKind): DriverDescriptor | undefined => drivers[kind],

    /** The systems a device can be added of, each with its settings form, for the renderer to build the form from. */
    settingsForms: (): DeviceKindForm[] =>
      registered().map((descriptor) => ({ kind: descriptor.kind, fields: [...descriptor.settingsForm], discoverable: descriptor.discover !== undefined })),

    /** Every system that can be found on the LAN, looked for in the ranges one after the other. */
    discoverDevices: async (ranges: readonly string[], onProgress: (progress: DiscoveryProgress) => void): Promise<FoundDevice[]> => {
      const found: FoundDevice[] = [];
      for (const descriptor of registered()) {
        if (descriptor.discover) found.push(...(await descriptor.discover(ranges, onProgress)).map((device) => ({ ...device, kind: descriptor.kind })));
      }
      return found;
    },

    /** The installer's checks of a device of `kind`, its settings checked by its driver's schemas first. */
    checkDevice: async (kind: DeviceKind, config: unknown, secrets: unknown): Promise<DoctorCheck[]> => {
      const descriptor = drivers[kind];
      // The settings and the doctor only offer systems with a driver: reaching here without one is a bug.
      if (!descriptor) throw new RangeError(`No driver for ${kind} devices`);
      return descriptor.doctor(descriptor.config.parse(config), descriptor.secrets.parse(secrets));
    },

    /** The data folder's files where training devices keep their fiscal memory. */
    trainingMemoryFiles: (): string[] => registered().flatMap((descriptor) => (descriptor.training ? [descriptor.training.memoryFile] : [])),
  };
}
