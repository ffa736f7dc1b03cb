import type { DeviceKind } from '../../shared/device';
import { casposDescriptor } from './caspos/descriptor';
import { checkboxDescriptor } from './checkbox/descriptor';
import { registered, type DriverDescriptor } from './driver';
import { driverSet } from './driver-set';
import { smartOneDescriptor } from './smartone/descriptor';
import { smartxDescriptor } from './smartx/descriptor';

export type { FoundDevice } from './driver-set';

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

export const { descriptorOf, settingsForms, discoverDevices, checkDevice, trainingMemoryFiles } = driverSet(drivers);
