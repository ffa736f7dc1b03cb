import { useQuery } from '@tanstack/react-query';
import { call, useKassaApi } from '../kassa-api';

export const offlineStatusKey = ['device.offlineStatus'] as const;

/** The active register's offline mode, or null where it has none; read every minute, since the time left goes down while offline. */
export function useOfflineStatus() {
  const api = useKassaApi();
  return useQuery({ queryKey: offlineStatusKey, queryFn: () => call(api, 'device.offlineStatus', {}), refetchInterval: 60_000 });
}

/** A receipt made offline stays provisional while the register has not delivered what it made offline. */
export function useProvisional(): (result: { provisional?: true } | null) => boolean {
  const status = useOfflineStatus().data;
  const pending = !!status && (status.offline || status.undelivered > 0);
  return (result) => pending && result?.provisional === true;
}
