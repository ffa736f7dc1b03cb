import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, useKassaApi } from '../kassa-api';

const key = ['shift.status'] as const;

/** The device's shift: read at start, every minute, and after anything that opens or closes it. */
export function useShiftStatus() {
  const api = useKassaApi();
  return useQuery({ queryKey: key, queryFn: () => call(api, 'shift.status', {}), refetchInterval: 60_000 });
}

export function useOpenShift() {
  const api = useKassaApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { openingFloat: number }) => call(api, 'shift.open', input),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
