import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, useKassaApi } from '../kassa-api';

export const sessionKey = ['session.current'] as const;
export const setupKey = ['setup.status'] as const;

export function useSetupStatus() {
  const api = useKassaApi();
  return useQuery({ queryKey: setupKey, queryFn: () => call(api, 'setup.status', {}) });
}

export function useCurrentSession() {
  const api = useKassaApi();
  return useQuery({ queryKey: sessionKey, queryFn: () => call(api, 'session.current', {}) });
}

/** Ends the session: the login screen comes back; the cart stays for whoever signs in next. */
export function useSignOut() {
  const api = useKassaApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api, 'session.signOut', {}),
    onSuccess: () => client.setQueryData(sessionKey, { person: null }),
  });
}
