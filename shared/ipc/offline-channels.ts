import { z } from 'zod';
import { OfflineStatus } from '../devices/offline-status';

const NoInput = z.strictObject({});

/** The active device's offline mode (Checkbox): null where the device has none, so nothing is shown. */
export const offlineChannels = {
  'device.offlineStatus': { input: NoInput, output: OfflineStatus.nullable() },
  /** The manager's switch: refused past the law's 36-hour and 168-hour limits. */
  'device.goOffline': { input: NoInput, output: OfflineStatus },
  'device.goOnline': { input: NoInput, output: OfflineStatus },
} as const;
