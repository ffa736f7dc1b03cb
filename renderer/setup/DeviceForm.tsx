import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../shared/ipc/settings-channels';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';
import { ConnectionChecks } from './ConnectionChecks';

export interface DeviceFormStart {
  /** An existing device keeps its password unless a new one is typed. */
  id?: string;
  name?: string;
  host?: string;
  port?: number;
  username?: string;
  /** From discovery: the integration password ends with its last four digits. */
  factoryNumber?: string;
}

/**
 * A Caspos device's address and integration login, tested with the doctor's checks before it
 * is saved and made the one the station sells on.
 */
export function DeviceForm({ start, onSaved }: { start: DeviceFormStart; onSaved: (device: DeviceView) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [name, setName] = useState(start.name ?? 'Caspos Mobile');
  const [host, setHost] = useState(start.host ?? '');
  const [port, setPort] = useState(String(start.port ?? 5544));
  const [username, setUsername] = useState(start.username ?? 'username');
  const [password, setPassword] = useState('');
  const [session, setSession] = useState(false);
  const suggested = start.factoryNumber && start.factoryNumber.length >= 4 ? `password${start.factoryNumber.slice(-4)}` : undefined;
  const form = () => ({
    ...(start.id ? { id: start.id } : {}),
    name: name.trim(),
    url: `http://${host.trim()}:${port.trim()}/`,
    username: username.trim(),
    auth: session ? ('session' as const) : ('integration' as const),
    ...(password ? { password } : {}),
  });
  const test = useMutation({ mutationFn: () => call(api, 'devices.test', form()) });
  const save = useMutation({
    mutationFn: async () => {
      const device = await call(api, 'devices.save', form());
      await call(api, 'devices.activate', { id: device.id });
      return device;
    },
    onSuccess: onSaved,
  });
  const complete = name.trim() && host.trim() && /^\d{1,5}$/.test(port.trim()) && username.trim() && (password || start.id);
  return (
    <section className="device-form">
      <div className="fields">
        <label>
          {t('setup.deviceName')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={64} />
        </label>
        <label>
          {t('setup.address')}
          <input value={host} onChange={(e) => setHost(e.target.value)} maxLength={64} placeholder="192.168.1.50" data-testid="device-host" />
        </label>
        <label>
          {t('setup.port')}
          <input value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" maxLength={5} data-testid="device-port" />
        </label>
        <label>
          {t('setup.username')}
          <input value={username} onChange={(e) => setUsername(e.target.value)} maxLength={64} />
        </label>
        <label>
          {t('setup.password')}
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={64} autoComplete="off" data-testid="device-password" />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={session} onChange={(e) => setSession(e.target.checked)} />
          {t('setup.sessionLogin')}
        </label>
      </div>
      <p className="hint">{t('setup.passwordRule')}</p>
      {suggested && (
        <button type="button" className="touch" onClick={() => setPassword(suggested)} data-testid="use-suggested-password">
          {t('setup.useSuggested', { password: suggested })}
        </button>
      )}
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
    </section>
  );
}
