import { z } from 'zod';
import { DeviceKind } from '../device';
import { safeText } from '../text/safe-text';

/** A field's value as a form sends it: one line, bounded, no control characters. */
export const SettingValue = safeText(200, { min: 0 });

/** A field's name in a driver's config or secrets: an identifier, so it is safe as a key and a CLI flag. */
export const SettingName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/);

/** The values of a device's settings form by field name: the renderer sends them, the driver's schemas check them. */
export const SettingValues = z.record(SettingName, SettingValue).refine((values) => Object.keys(values).length <= 32, 'too many fields');
export type SettingValues = z.infer<typeof SettingValues>;

/**
 * One field of a device's settings form, declared by its driver (`settingsForm`). Labels, hints
 * and choice labels are i18n keys whose texts live in shared/devices/<kind>/locales.
 */
export const SettingsField = z.object({
  name: SettingName,
  label: z.string(),
  /** `secret`: sealed on its own, never sent back to the renderer; left empty, the stored one is kept. */
  kind: z.enum(['text', 'url', 'secret', 'choice']),
  /** For a choice: its values, each with its label's i18n key, the first the default. */
  choices: z.array(z.object({ value: z.string(), label: z.string() })).readonly().optional(),
  /**
   * What a new device's form starts with. For a secret, only the stand-in the system's own
   * documents use, which the doctor CLI takes when none is given: the form never fills a secret in.
   */
  initial: z.string().optional(),
  /** An example shown in the empty field, such as an address with the system's usual port. */
  placeholder: z.string().optional(),
  /** A sentence under the field (i18n key): where to find the value. */
  hint: z.string().optional(),
});
export type SettingsField = z.infer<typeof SettingsField>;

/** A fiscal system the app has a driver for, and the form that adds a device of it. */
export const DeviceKindForm = z.object({
  kind: DeviceKind,
  fields: z.array(SettingsField),
  /** Whether "Scan network" can find its devices. */
  discoverable: z.boolean(),
});
export type DeviceKindForm = z.infer<typeof DeviceKindForm>;

/** A field's default: its `initial`, else a choice's first value. */
export function defaultValue(field: SettingsField): string {
  return field.initial ?? field.choices?.[0]?.value ?? '';
}

/** A new device's form as it starts: each field's default, secrets empty (their stand-in is never filled in). */
export function initialValues(fields: readonly SettingsField[]): SettingValues {
  return Object.fromEntries(fields.map((field) => [field.name, field.kind === 'secret' ? '' : defaultValue(field)]));
}
