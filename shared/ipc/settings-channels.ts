import { z } from 'zod';
import { DeviceKind, DeviceStatus } from '../device';
import { DeviceFeatures } from '../devices/device-features';
import { DeviceKindForm, SettingValues } from '../devices/settings-form';
import { DoctorCheck } from '../doctor';
import { ShopSettings } from '../settings';
import { safeText } from '../text/safe-text';
import { SecretProtection } from './people-channels';

const NoInput = z.strictObject({});

/** A device as the settings screen shows it: never its secrets, only whether they are kept. */
export const DeviceView = z.object({
  id: z.string(),
  kind: DeviceKind,
  name: z.string(),
  url: z.string().nullable(),
  training: z.boolean(),
  active: z.boolean(),
  /** Its settings form's values without the secret fields, as its driver's config holds them. */
  settings: SettingValues,
  protection: SecretProtection.nullable(),
  /** What the shop has of this device: each switch off hides what depends on it. */
  features: DeviceFeatures,
});
export type DeviceView = z.infer<typeof DeviceView>;

const DeviceId = z.string().min(1).max(100);

/**
 * A device's settings form as sent: the values by field name of its kind's form (`devices.kinds`);
 * a secret field left out keeps the stored secret. The driver's own schemas check the values.
 */
const DeviceForm = {
  id: DeviceId.optional(),
  kind: DeviceKind,
  name: safeText(64),
  settings: SettingValues,
};

/** The shop's settings, and its devices. */
export const settingsChannels = {
  'settings.get': { input: NoInput, output: ShopSettings },
  'settings.update': { input: ShopSettings.partial().strict(), output: ShopSettings },
  'devices.list': { input: NoInput, output: z.array(DeviceView) },
  /** The systems a device can be added of, each with the fields of its settings form. */
  'devices.kinds': { input: NoInput, output: z.array(DeviceKindForm) },
  /** Adds a device of any registered kind or changes one; its secrets are sealed field by field. */
  'devices.save': { input: z.strictObject(DeviceForm), output: DeviceView },
  /** The driver's doctor checks against these settings (the stored secrets where none are typed). */
  'devices.test': {
    input: z.strictObject({ ...DeviceForm, name: DeviceForm.name.optional() }),
    output: z.object({ checks: z.array(DoctorCheck) }),
  },
  'devices.remove': { input: z.strictObject({ id: DeviceId }), output: z.object({}) },
  /** Sells on this device from now on; refused while documents of the current one are unsettled. */
  'devices.activate': { input: z.strictObject({ id: DeviceId }), output: DeviceStatus },
  /** What the shop has of a device (drawer, credit, rollback, bonus); the training device too, to practise as the shop sells. */
  'devices.setFeatures': { input: z.strictObject({ id: DeviceId, features: DeviceFeatures }), output: DeviceView },
} as const;
