import { useQuery } from '@tanstack/react-query';
import { call, useKassaApi } from '../kassa-api';

/** The device's identity (getInfo): read once, it does not change while the app runs. */
export function useDeviceInfo() {
  const api = useKassaApi();
  return useQuery({ queryKey: ['device.info'], queryFn: () => call(api, 'device.info', {}), staleTime: Infinity });
}
