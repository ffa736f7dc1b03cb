import { useEffect, useState } from 'react';
import type { AppFault } from '../../shared/ipc/events';
import { useKassaApi } from '../kassa-api';

/** The latest error that escaped the main process's handlers, if any (it was logged there). */
export function useAppFault(): AppFault | undefined {
  const api = useKassaApi();
  const [fault, setFault] = useState<AppFault>();
  useEffect(() => api.subscribe('app.fault', setFault), [api]);
  return fault;
}
