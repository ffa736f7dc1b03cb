import { useTranslation } from 'react-i18next';
import type { DeviceConnection, DeviceStatus } from '../../shared/device';
import { PersonBadge } from '../people/PersonBadge';

const connectionKey = {
  online: 'shell.connection.online',
  offline: 'shell.connection.offline',
  connecting: 'shell.connection.connecting',
  unavailable: 'shell.connection.unavailable',
} as const satisfies Record<DeviceConnection, `shell.connection.${DeviceConnection}`>;

export function StatusBar({ device }: { device: DeviceStatus | undefined }) {
  const { t } = useTranslation();
  return (
    <header className="status-bar">
      <span className="brand">{t('app.name')}</span>
      {device && (
        <>
          <span className="device-name" data-testid="device-name">
            {device.name}
          </span>
          <span className={`connection connection-${device.connection}`} data-testid="device-connection">
            {t(connectionKey[device.connection])}
          </span>
          {device.training && (
            <span className="training-badge" data-testid="training-badge">
              {t('shell.trainingBadge')}
            </span>
          )}
        </>
      )}
      <PersonBadge />
    </header>
  );
}
