import { parseArgs } from 'node:util';
import type { DeviceKind } from '../../shared/device';
import { defaultValue, type DeviceKindForm, type SettingValues } from '../../shared/devices/settings-form';

/** What the doctor is asked to check: a data folder, a device given by its settings form's fields, or both. */
export interface DoctorRequest {
  dataDir?: string;
  device?: { kind: DeviceKind; settings: SettingValues };
}

export class DoctorFlagError extends Error {}

/**
 * `[--kind K] [--<field> value …] [--data-dir DIR]`: a device's flags are its driver's settings
 * form fields, by name, each defaulting to its `initial` or first choice (a secret to its
 * stand-in); `--kind` defaults to the first registered system.
 */
export function parseDoctorFlags(args: readonly string[], forms: readonly DeviceKindForm[]): DoctorRequest {
  const kindFlag = parseArgs({ args: [...args], strict: false, options: { kind: { type: 'string' } } }).values.kind;
  const form = kindFlag === undefined ? forms[0] : forms.find((candidate) => candidate.kind === kindFlag);
  if (!form) throw new DoctorFlagError(`--kind: one of ${forms.map((candidate) => candidate.kind).join(', ')}`);
  const fieldFlags = Object.fromEntries(form.fields.map((field) => [field.name, { type: 'string' as const }]));
  const parsed = parseArgs({ args: [...args], strict: true, options: { ...fieldFlags, kind: { type: 'string' }, 'data-dir': { type: 'string' } } });
  // Every option is a string one: the fields' names are known only at run time.
  const values = parsed.values as Record<string, string | undefined>;
  const dataDir = values['data-dir'];
  if (dataDir === '') throw new DoctorFlagError('--data-dir: a folder');
  const given = form.fields.filter((field) => values[field.name] !== undefined);
  if (given.length === 0 && kindFlag === undefined) {
    const address = form.fields.filter((field) => field.kind === 'url').map((field) => `--${field.name}, `);
    if (dataDir === undefined) throw new DoctorFlagError(`give ${address.join('')}--data-dir or both`);
    return { dataDir };
  }
  const settings = Object.fromEntries(form.fields.map((field) => [field.name, values[field.name] ?? defaultValue(field)]));
  return { ...(dataDir === undefined ? {} : { dataDir }), device: { kind: form.kind, settings } };
}
