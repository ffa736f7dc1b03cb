import { createContext, useContext, type ReactNode } from 'react';
import type { KassaApi } from '../shared/ipc/api';
import type { ChannelInput, ChannelOutput } from '../shared/ipc/contract';
import type { ChannelName } from '../shared/ipc/names';
import { PrivilegedAction } from '../shared/people/privileges';
import type { AppError } from '../shared/result';
import { useApproval } from './people/approval-store';

const KassaApiContext = createContext<KassaApi | null>(null);

export function KassaApiProvider({ api, children }: { api: KassaApi; children: ReactNode }) {
  return <KassaApiContext.Provider value={api}>{children}</KassaApiContext.Provider>;
}

export function useKassaApi(): KassaApi {
  const api = useContext(KassaApiContext);
  if (!api) throw new Error('useKassaApi outside KassaApiProvider');
  return api;
}

/** A failed result as an exception, for react-query, which keeps the typed error for the UI. */
export class KassaCallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

/**
 * Calls a channel. A privileged call a cashier makes comes back `approval_required`: a manager
 * types their PIN in the approval dialog, and the call is made once more.
 */
export async function call<C extends ChannelName>(api: KassaApi, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  let result = await api.invoke(channel, input);
  if (!result.ok && result.error.code === 'approval_required') {
    const action = PrivilegedAction.safeParse((result.error.details as { action?: unknown } | undefined)?.action);
    if (action.success && (await useApproval.getState().request(action.data))) result = await api.invoke(channel, input);
  }
  if (!result.ok) throw new KassaCallError(result.error);
  return result.value;
}
