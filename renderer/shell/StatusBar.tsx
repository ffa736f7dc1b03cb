import { useTranslation } from 'react-i18next';
import type { DeviceConnection, DeviceStatus } from '../../shared/device';
import type { StorageProblem } from '../../shared/storage';
import { PersonBadge } from '../people/PersonBadge';
import { useAppFault } from '../queries/use-app-fault';
import { useJournalProgress } from '../queries/use-journal';
import { OfflineMode } from './OfflineMode';

const connectionKey = {
  online: 'shell.connection.online',
  offline: 'shell.connection.offline',
  connecting: 'shell.connection.connecting',
  unavailable: 'shell.connection.unavailable',
} as const satisfies Record<DeviceConnection, `shell.connection.${DeviceConnection}`>;

const storageKey = {
  disk_full: 'health.storage.disk_full',
  not_writable: 'health.storage.not_writable',
  failed: 'health.storage.failed',
} as const satisfies Record<StorageProblem, `health.storage.${StorageProblem}`>;

/**
 * The device at a glance. While the journal cannot be written, that is what the cashier must
 * know first: it replaces the connection, in red, until a write succeeds.
 */
export function StatusBar({ device }: { device: DeviceStatus | undefined }) {
  const { t } = useTranslation();
  const journal = useJournalProgress();
  const fault = useAppFault();
  const storage = journal && journal.deviceId === device?.deviceId ? journal.storage : undefined;
  return (
    <header className="status-bar">
      <span className="brand">{t('app.name')}</span>
      {device && (
        <>
          <span className="device-name" data-testid="device-name">
            {device.name}
          </span>
          {storage ? (
            <span className="connection connection-offline storage-problem" role="alert" data-testid="device-storage">
              {t(storageKey[storage])}
            </span>
          ) : (
            <span className={`connection connection-${device.connection}`} data-testid="device-connection">
              {t(connectionKey[device.connection])}
            </span>
          )}
          <OfflineMode />
          {device.training && (
            <span className="training-badge" data-testid="training-badge">
              {t('shell.trainingBadge')}
            </span>
          )}
        </>
      )}
      {fault && (
        <span className="app-fault" role="alert" data-testid="app-fault">
          {t('health.fault', { error: fault.error })}
        </span>
      )}
      <PersonBadge />
    </header>
  );
}
