import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemName } from '../../shared/device';
import type { DeviceView } from '../../shared/ipc/settings-channels';
import { call, useKassaApi } from '../kassa-api';
import { ConnectionChecks } from '../setup/ConnectionChecks';
import { DeviceDiscovery, formOfFound, type FoundDevice } from '../setup/DeviceDiscovery';
import { DeviceForm, type DeviceFormStart } from '../setup/DeviceForm';
import { DeviceFeaturesForm } from './DeviceFeaturesForm';
import { ReceiptPrinterPanel } from '../printing/ReceiptPrinterPanel';
import { ErrorText } from '../ui/ErrorText';

const devicesKey = ['devices.list'] as const;

/** The shop's devices: test, make active, change, remove, and add one found on the network. */
export function DevicesPanel() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const devices = useQuery({ queryKey: devicesKey, queryFn: () => call(api, 'devices.list', {}), staleTime: 0 });
  const [editing, setEditing] = useState<DeviceFormStart | 'scan'>();
  const [equipping, setEquipping] = useState<string>();
  const equipped = devices.data?.find((device) => device.id === equipping);
  const refresh = () => void client.invalidateQueries({ queryKey: devicesKey });
  const activate = useMutation({ mutationFn: (id: string) => call(api, 'devices.activate', { id }), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => call(api, 'devices.remove', { id }), onSuccess: refresh });
  const test = useMutation({
    mutationFn: (device: DeviceView) => call(api, 'devices.test', { id: device.id, kind: device.kind, settings: device.settings }),
  });
  const picked = (found: FoundDevice) => setEditing(formOfFound(found));
  return (
    <section className="settings-panel" aria-label={t('settings.devices')}>
      <table className="settings-table">
        <thead>
          <tr>
            <th>{t('setup.deviceName')}</th>
            <th>{t('setup.address')}</th>
            <th>{t('setup.system')}</th>
            <th>{t('settings.protection')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {devices.data?.map((device) => (
            <tr key={device.id} aria-current={device.active ? 'true' : undefined} data-testid={`device-row-${device.id}`}>
              <td>
                {device.training ? t('settings.trainingDevice') : device.name} {device.active && <strong>· {t('settings.active')}</strong>}
              </td>
              <td>{device.url ?? '—'}</td>
              <td>{systemName[device.kind]}</td>
              <td>{device.protection ? t(device.protection === 'os-keychain' ? 'settings.keychain' : 'settings.fileKey') : '—'}</td>
              <td className="row-actions">
                {!device.training && (
                  <button type="button" className="touch" onClick={() => test.mutate(device)} data-testid={`test-${device.id}`}>
                    {t('setup.test')}
                  </button>
                )}
                {!device.active && (
                  <button type="button" className="touch" onClick={() => activate.mutate(device.id)} data-testid={`activate-${device.id}`}>
                    {t('settings.makeActive')}
                  </button>
                )}
                {!device.training && (
                  <button
                    type="button"
                    className="touch"
                    onClick={() => setEditing({ id: device.id, kind: device.kind, name: device.name, settings: device.settings })}
                    data-testid={`change-${device.id}`}
                  >
                    {t('settings.change')}
                  </button>
                )}
                <button type="button" className="touch" onClick={() => setEquipping(device.id)} data-testid={`features-${device.id}`}>
                  {t('capabilities.features.open')}
                </button>
                {!device.training && !device.active && (
                  <button type="button" className="touch danger" onClick={() => remove.mutate(device.id)}>
                    {t('settings.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {test.data && <ConnectionChecks checks={test.data.checks} />}
      <ErrorText error={activate.error ?? remove.error ?? test.error} />
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={() => setEditing('scan')} data-testid="add-scan">
          {t('setup.scanTitle')}
        </button>
        <button type="button" className="touch" onClick={() => setEditing({})} data-testid="add-address">
          {t('setup.enterAddress')}
        </button>
      </div>
      <ReceiptPrinterPanel />
      {equipped && <DeviceFeaturesForm key={equipped.id} device={equipped} onSaved={refresh} />}
      {editing === 'scan' && <DeviceDiscovery onPick={picked} />}
      {editing && editing !== 'scan' && (
        <DeviceForm
          key={editing.id ?? editing.settings?.url ?? 'new'}
          start={editing}
          onSaved={() => {
            setEditing(undefined);
            refresh();
          }}
        />
      )}
    </section>
  );
}
