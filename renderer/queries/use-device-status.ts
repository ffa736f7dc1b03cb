import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, useKassaApi } from '../kassa-api';

const key = ['device.getStatus'] as const;

/** Read once, then kept current by the main process's `device.status` events. */
export function useDeviceStatus() {
  const api = useKassaApi();
  const client = useQueryClient();
  useEffect(() => api.subscribe('device.status', (status) => client.setQueryData(key, status)), [api, client]);
  return useQuery({ queryKey: key, queryFn: () => call(api, 'device.getStatus', {}) });
}
