import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TapeFilters } from '../../shared/reports/control-tape';
import { call, useKassaApi } from '../kassa-api';

/** Reports follow the journal: every settled document makes the open ones read again. */
export function useReportsFollowJournal() {
  const api = useKassaApi();
  const client = useQueryClient();
  useEffect(
    () =>
      api.subscribe('journal.document', () => {
        for (const key of ['report.reconcile', 'report.controlTape', 'journal.unsettled', 'report.expectedCash']) void client.invalidateQueries({ queryKey: [key] });
      }),
    [api, client],
  );
}

export function useReconciliation() {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.reconcile'], queryFn: () => call(api, 'report.reconcile', {}), refetchOnMount: 'always' });
}

/** The cash the drawer should hold now, from the journal. */
export function useExpectedCash() {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.expectedCash'], queryFn: () => call(api, 'report.expectedCash', {}), refetchOnMount: 'always' });
}

export function useZList() {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.zList'], queryFn: () => call(api, 'report.zList', {}), refetchOnMount: 'always' });
}

export function useZReport(id: number | undefined) {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.zGet', id], queryFn: () => call(api, 'report.zGet', { id: id ?? 0 }), enabled: id !== undefined });
}

export function usePeriodic(range: { from: string; to: string } | undefined) {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.periodic', range], queryFn: () => call(api, 'report.periodic', range!), enabled: range !== undefined });
}

export function useControlTape(filters: TapeFilters) {
  const api = useKassaApi();
  return useQuery({ queryKey: ['report.controlTape', filters], queryFn: () => call(api, 'report.controlTape', { filters }), refetchOnMount: 'always' });
}

export function useUnsettled(enabled: boolean) {
  const api = useKassaApi();
  return useQuery({ queryKey: ['journal.unsettled'], queryFn: () => call(api, 'journal.unsettled', {}), enabled, refetchInterval: 2_000, refetchOnMount: 'always' });
}
