import { useQuery } from '@tanstack/react-query';
import { call, useKassaApi } from '../kassa-api';

/** Which host runs the app, its version and data folder: fixed while it runs. */
export function useAppInfo() {
  const api = useKassaApi();
  return useQuery({ queryKey: ['app.info'], queryFn: () => call(api, 'app.info', {}) });
}
