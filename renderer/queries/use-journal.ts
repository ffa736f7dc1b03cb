import { useEffect, useState } from 'react';
import type { JournalProgress } from '../../shared/ipc/events';
import { useKassaApi } from '../kassa-api';

/** The journal's queue for the active device, as the main process reports it. */
export function useJournalProgress(): JournalProgress | undefined {
  const api = useKassaApi();
  const [progress, setProgress] = useState<JournalProgress>();
  useEffect(() => api.subscribe('journal.progress', setProgress), [api]);
  return progress;
}
