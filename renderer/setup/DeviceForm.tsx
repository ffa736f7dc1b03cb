import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemName, type DeviceKind } from '../../shared/device';
import { initialValues, type DeviceKindForm, type SettingValues } from '../../shared/devices/settings-form';
import type { DeviceView } from '../../shared/ipc/settings-channels';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';
import { ConnectionChecks } from './ConnectionChecks';
import { SettingInput } from './SettingInput';

export interface DeviceFormStart {
  /** An existing device keeps its kind, and its secrets unless new ones are typed. */
  id?: string;
  kind?: DeviceKind;
  name?: string;
  /** Values to start with: an existing device's settings, or what discovery found (a secret only offered). */
  settings?: SettingValues;
}

export const deviceKindsKey = ['devices.kinds'] as const;

/**
 * A device's settings, built from its driver's settings form, tested with its doctor's checks
 * before it is saved and made the one the station sells on. Without a kind given, the person
 * picks one of the systems the app has a driver for.
 */
export function DeviceForm({ start, onSaved }: { start: DeviceFormStart; onSaved: (device: DeviceView) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const kinds = useQuery({ queryKey: deviceKindsKey, queryFn: () => call(api, 'devices.kinds', {}), staleTime: Infinity });
  const [picked, setPicked] = useState<DeviceKind | undefined>(start.kind);
  const kind = picked ?? kinds.data?.[0]?.kind;
  const form = kinds.data?.find((candidate) => candidate.kind === kind);
  return (
    <section className="device-form">
      {!start.kind && (kinds.data?.length ?? 0) > 1 && (
        <label>
          {t('setup.system')}
          <select value={kind} onChange={(e) => setPicked(e.target.value as DeviceKind)} data-testid="device-form-kind">
            {kinds.data?.map((candidate) => (
              <option key={candidate.kind} value={candidate.kind}>
                {systemName[candidate.kind]}
              </option>
            ))}
          </select>
        </label>
      )}
      {form && <KindForm key={form.kind} form={form} start={start} onSaved={onSaved} />}
      <ErrorText error={kinds.error} />
    </section>
  );
}

function KindForm({ form, start, onSaved }: { form: DeviceKindForm; start: DeviceFormStart; onSaved: (device: DeviceView) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const secret = new Set(form.fields.filter((field) => field.kind === 'secret').map((field) => field.name));
  const offered = Object.entries(start.settings ?? {});
  const [name, setName] = useState(start.name ?? systemName[form.kind]);
  const [values, setValues] = useState<SettingValues>(() => ({ ...initialValues(form.fields), ...Object.fromEntries(offered.filter(([field]) => !secret.has(field))) }));
  const suggestions = offered.filter(([field]) => secret.has(field));
  const set = (field: string, value: string) => setValues((old) => ({ ...old, [field]: value }));
  const request = () => ({
    ...(start.id ? { id: start.id } : {}),
    kind: form.kind,
    name: name.trim(),
    // An empty secret is left out: the device keeps the one stored.
    settings: Object.fromEntries(Object.entries(values).flatMap(([field, value]) => (secret.has(field) ? (value ? [[field, value]] : []) : [[field, value.trim()]]))),
  });
  const test = useMutation({ mutationFn: () => call(api, 'devices.test', request()) });
  const save = useMutation({
    mutationFn: async () => {
      const device = await call(api, 'devices.save', request());
      await call(api, 'devices.activate', { id: device.id });
      return device;
    },
    onSuccess: onSaved,
  });
  const complete = name.trim() && form.fields.every((field) => (secret.has(field.name) ? values[field.name] || start.id : values[field.name]?.trim()));
  return (
    <>
      <div className="fields">
        <label>
          {t('setup.deviceName')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={64} data-testid="device-form-name" />
        </label>
        {form.fields.map((field) => (
          <SettingInput key={field.name} field={field} value={values[field.name] ?? ''} onChange={(value) => set(field.name, value)} />
        ))}
      </div>
      {suggestions.map(([field, value]) => (
        <button key={field} type="button" className="touch" onClick={() => set(field, value)} data-testid={`use-suggested-${field}`}>
          {t('setup.useSuggested', { password: value })}
        </button>
      ))}
      <div className="dialog-actions">
        <button type="button" className="touch" disabled={!complete || test.isPending} onClick={() => test.mutate()} data-testid="test-connection">
          {t('setup.test')}
        </button>
        <button type="button" className="touch primary" disabled={!complete || save.isPending} onClick={() => save.mutate()} data-testid="save-device">
          {t('setup.saveAndUse')}
        </button>
      </div>
      {test.data && <ConnectionChecks checks={test.data.checks} />}
      <ErrorText error={test.error ?? save.error} />
    </>
  );
}
