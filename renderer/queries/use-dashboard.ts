import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DashboardScope } from '../../shared/ipc/dashboard-channels';
import { call, useKassaApi } from '../kassa-api';

const key = 'dashboard.summary';

/** The dashboard's figures, read again whenever the journal settles a document. */
export function useDashboard(scope: DashboardScope) {
  const api = useKassaApi();
  const client = useQueryClient();
  useEffect(() => api.subscribe('journal.document', () => void client.invalidateQueries({ queryKey: [key] })), [api, client]);
  return useQuery({
    queryKey: [key, scope],
    queryFn: () => call(api, 'dashboard.summary', scope),
    refetchOnMount: 'always',
    // The last figures stay on screen while another day is counted, so nothing jumps.
    placeholderData: keepPreviousData,
  });
}
