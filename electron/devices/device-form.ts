import type { SettingValues } from '../../shared/devices/settings-form';
import { DeviceSettingsError } from './device-registry';
import type { DriverDescriptor } from './driver';

/** A device's settings form read by its driver's descriptor: what its config stores, what is sealed. */
export interface DeviceSettings {
  /** The form's `url` field: the device's address, which the list shows and its id is made of. */
  url: string;
  config: unknown;
  /** Only the secrets typed in: a field left empty keeps the stored one. */
  secrets: Record<string, string>;
}

type FormDriver = Pick<DriverDescriptor, 'kind' | 'config' | 'settingsForm' | 'secretFields'>;

/**
 * Splits the values by the driver's form: its secret fields apart, the rest checked by its config
 * schema. A value for a field the form does not have is refused, never stored.
 */
export function readDeviceSettings(descriptor: FormDriver, values: SettingValues): DeviceSettings {
  const fields = new Set(descriptor.settingsForm.map((field) => field.name));
  const strange = Object.keys(values).filter((name) => !fields.has(name));
  if (strange.length > 0) throw new DeviceSettingsError(`A ${descriptor.kind} device has no setting ${strange.join(', ')}`);
  const secret = (name: string) => descriptor.secretFields.includes(name);
  const typed = Object.entries(values).filter(([name, value]) => !secret(name) || value !== '');
  const config = descriptor.config.safeParse(Object.fromEntries(typed.filter(([name]) => !secret(name))));
  if (!config.success) throw new DeviceSettingsError(`The settings do not fit a ${descriptor.kind} device: ${config.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return { url: addressOf(descriptor, config.data), config: config.data, secrets: Object.fromEntries(typed.filter(([name]) => secret(name))) };
}

/** The form's values as a stored config holds them, its secret fields left out: what the renderer may see. */
export function settingsView(descriptor: FormDriver, config: unknown): SettingValues {
  const stored = (typeof config === 'object' && config !== null ? config : {}) as Record<string, unknown>;
  const shown = descriptor.settingsForm.filter((field) => field.kind !== 'secret' && isPlain(stored[field.name]));
  return Object.fromEntries(shown.map((field) => [field.name, String(stored[field.name] as string | number | boolean)]));
}

function addressOf(descriptor: FormDriver, config: unknown): string {
  const field = descriptor.settingsForm.find((candidate) => candidate.kind === 'url');
  const url = field && (config as Record<string, unknown>)[field.name];
  // Every driver's form has its address (checked for each registered driver by the registry's test).
  if (typeof url !== 'string') throw new DeviceSettingsError(`A ${descriptor.kind} device needs its address`);
  return url;
}

function isPlain(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The secrets a check needs: those typed in, the stored ones for the rest; refused when one is missing. */
export function completeSecrets(descriptor: FormDriver, typed: Record<string, string>, stored: Record<string, string>): Record<string, string> {
  const secrets = { ...stored, ...typed };
  const missing = descriptor.secretFields.filter((field) => secrets[field] === undefined);
  if (missing.length > 0) throw new DeviceSettingsError(`A ${descriptor.kind} device needs its ${missing.join(', ')}`);
  return secrets;
}
