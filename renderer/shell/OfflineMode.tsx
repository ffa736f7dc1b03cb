import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OfflineStatus } from '../../shared/devices/offline-status';
import { call, useKassaApi } from '../kassa-api';
import { offlineStatusKey, useOfflineStatus } from '../queries/use-offline-status';
import { QueryError } from '../reports/QueryError';

function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const minutes = Math.floor(ms / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/**
 * The register's offline mode where it has one (Checkbox): online or offline, the offline time
 * the law leaves (36 hours in a row, 168 a month), a warning before either runs out, and the
 * manager's switch (the main process asks for the manager's PIN). Devices without it show nothing.
 */
export function OfflineMode() {
  const { t } = useTranslation();
  const api = useKassaApi();
  const queryClient = useQueryClient();
  const status = useOfflineStatus();
  const toggle = useMutation({
    mutationFn: (offline: boolean): Promise<OfflineStatus> => call(api, offline ? 'device.goOffline' : 'device.goOnline', {}),
    onSuccess: (value) => queryClient.setQueryData(offlineStatusKey, value),
  });
  const mode = status.data;
  if (!mode) return null;
  const session = hoursAndMinutes(mode.sessionLeftMs);
  const month = hoursAndMinutes(mode.monthLeftMs);
  return (
    <span className={`offline-mode${mode.warn ? ' offline-warn' : ''}`} data-testid="offline-mode">
      <span className={`connection connection-${mode.offline ? 'offline' : 'online'}`} data-testid="offline-state">
        {t(mode.offline ? 'offline.offline' : 'offline.online')}
      </span>
      <span data-testid="offline-left">
        {t('offline.left', { sessionHours: session.hours, sessionMinutes: session.minutes, monthHours: month.hours, monthMinutes: month.minutes })}
      </span>
      {mode.warn && (
        <span className="offline-warning" role="alert" data-testid="offline-warning">
          {t(mode.spent ? 'offline.spent' : 'offline.warn')}
        </span>
      )}
      {mode.undelivered > 0 && <span data-testid="offline-undelivered">{t('offline.undelivered', { count: mode.undelivered })}</span>}
      <button type="button" className="touch" disabled={toggle.isPending} onClick={() => toggle.mutate(!mode.offline)} data-testid="offline-switch">
        {t(mode.offline ? 'offline.goOnline' : 'offline.goOffline')}
      </button>
      {toggle.error && <QueryError error={toggle.error} />}
    </span>
  );
}
