import { describe, expect, it } from 'vitest';
import { Locale } from '../../shared/locale';
import { resources } from '../../shared/i18n/resources';
import { DeviceKindForm } from '../../shared/devices/settings-form';
import { drivers, settingsForms } from './registry';

/** The text at a dotted key in one locale's own resource, without falling back to another language. */
function textAt(locale: Locale, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), resources[locale].translation);
}

describe("every registered driver's settings form", () => {
  const registered = Object.values(drivers).filter((descriptor) => descriptor !== undefined);

  it('passes the IPC schema, has its address, and seals exactly its secret fields', () => {
    for (const form of settingsForms()) expect(DeviceKindForm.safeParse(form).success, form.kind).toBe(true);
    for (const descriptor of registered) {
      const fields = descriptor.settingsForm;
      expect(new Set(fields.map((field) => field.name)).size, descriptor.kind).toBe(fields.length);
      expect(fields.filter((field) => field.kind === 'url').length, `${descriptor.kind}: one url field, its address`).toBe(1);
      expect(fields.filter((field) => field.kind === 'secret').map((field) => field.name).sort(), descriptor.kind).toEqual([...descriptor.secretFields].sort());
      for (const field of fields) expect(field.kind === 'choice', `${descriptor.kind}.${field.name}: choices only on a choice`).toBe((field.choices?.length ?? 0) > 0);
    }
  });

  it('has every label, hint and choice in all four languages', () => {
    for (const descriptor of registered) {
      const keys = descriptor.settingsForm.flatMap((field) => [field.label, ...(field.hint ? [field.hint] : []), ...(field.choices ?? []).map((choice) => choice.label)]);
      for (const locale of Locale.options) for (const key of keys) expect(typeof textAt(locale, key), `${locale}: ${key}`).toBe('string');
    }
  });
});
