import { z } from 'zod';
import { DeviceKind, DeviceStatus } from '../device';
import { DeviceFeatures } from '../devices/device-features';
import { DoctorCheck } from '../doctor';
import { ShopSettings } from '../settings';
import { safeText } from '../text/safe-text';
import { SecretProtection } from './people-channels';

const NoInput = z.strictObject({});

export const DeviceAuth = z.enum(['integration', 'session']);

const DeviceUrl = z.url({ protocol: /^http$/ }).max(200);

/** A device as the settings screen shows it: never its password, only whether one is kept. */
export const DeviceView = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  url: z.string().nullable(),
  training: z.boolean(),
  active: z.boolean(),
  username: z.string().nullable(),
  auth: DeviceAuth.nullable(),
  protection: SecretProtection.nullable(),
  /** What the shop has of this device: each switch off hides what depends on it. */
  features: DeviceFeatures,
});
export type DeviceView = z.infer<typeof DeviceView>;

const DeviceForm = {
  name: safeText(64),
  url: DeviceUrl,
  username: safeText(64),
  auth: DeviceAuth,
};

/** The shop's settings, and its devices. */
export const settingsChannels = {
  'settings.get': { input: NoInput, output: ShopSettings },
  'settings.update': { input: ShopSettings.partial().strict(), output: ShopSettings },
  'devices.list': { input: NoInput, output: z.array(DeviceView) },
  /** Adds a Caspos device or changes one; without a password an existing device keeps its own. */
  'devices.save': {
    input: z.strictObject({ id: z.string().min(1).max(100).optional(), ...DeviceForm, password: z.string().min(1).max(64).optional() }),
    output: DeviceView,
  },
  /** The doctor's checks (reachable, integration service, login, shift, printer) against an address. */
  'devices.test': {
    input: z.strictObject({ ...DeviceForm, name: DeviceForm.name.optional(), password: z.string().min(1).max(64).optional(), id: z.string().min(1).max(100).optional() }),
    output: z.object({ checks: z.array(DoctorCheck) }),
  },
  'devices.remove': { input: z.strictObject({ id: z.string().min(1).max(100) }), output: z.object({}) },
  /** Sells on this device from now on; refused while documents of the current one are unsettled. */
  'devices.activate': { input: z.strictObject({ id: z.string().min(1).max(100) }), output: DeviceStatus },
  /** What the shop has of a device (drawer, credit, rollback, bonus); the training device too, to practise as the shop sells. */
  'devices.setFeatures': { input: z.strictObject({ id: z.string().min(1).max(100), features: DeviceFeatures }), output: DeviceView },
} as const;
