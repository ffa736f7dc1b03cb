import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { AppError } from '../../shared/result';
import { call, KassaCallError, useKassaApi } from '../kassa-api';

/** What the journal's answers change: lists, accounts and what is left to refund are read again. */
const journalQueries = ['journal.list', 'journal.refundable', 'credit.accounts', 'credit.account', 'advance.accounts'];

export interface SubmitState {
  submit: (document: FiscalDocument) => void;
  /** Sending, or journaled and waiting for the device's word: nothing else may be sent meanwhile. */
  busy: boolean;
  /** The journal still sends it (`pending`, `sending`), or the device has not answered (`unknown`). */
  waiting: 'pending' | 'sending' | 'unknown' | undefined;
  rejected: JournalDocumentView['error'];
  failure: AppError | undefined;
}

/** A document made offline is complete with its reserved code: the counter goes on while the journal sends it. */
const unsettled = (view: JournalDocumentView | undefined) => (view && view.state !== 'done' && view.state !== 'rejected' && view.offlineCode === undefined ? view.state : undefined);

/**
 * Sends a document once (a second tap, or Enter held down, does nothing while the first runs) and
 * follows it through the journal: `onDone` when the device has taken it, the device's refusal or
 * the app's own error otherwise. A document left unsettled is waited for through the journal's events.
 */
export function useSubmitDocument(onDone: (view: JournalDocumentView) => void): SubmitState {
  const api = useKassaApi();
  const client = useQueryClient();
  const [view, setView] = useState<JournalDocumentView>();
  const sending = useRef(false);
  const latestDone = useRef(onDone);
  useLayoutEffect(() => {
    latestDone.current = onDone;
  });
  const refresh = useCallback(() => {
    for (const key of journalQueries) void client.invalidateQueries({ queryKey: [key] });
  }, [client]);
  const settle = useCallback(
    (settled: JournalDocumentView) => {
      setView(settled);
      if (settled.state === 'done' || settled.offlineCode !== undefined) latestDone.current(settled);
      refresh();
    },
    [refresh],
  );
  const mutation = useMutation({
    mutationFn: (document: FiscalDocument) => call(api, 'document.submit', { document }),
    onSuccess: settle,
    onSettled: () => {
      sending.current = false;
    },
  });
  const waitingUuid = unsettled(view) ? view?.uuid : undefined;
  useEffect(() => {
    if (!waitingUuid) return undefined;
    return api.subscribe('journal.document', (event) => {
      if (event.uuid === waitingUuid) void call(api, 'journal.get', { uuid: waitingUuid }).then(settle);
    });
  }, [api, waitingUuid, settle]);
  const error = mutation.error;
  return {
    submit: (document) => {
      if (sending.current || unsettled(view)) return;
      sending.current = true;
      mutation.mutate(document);
    },
    busy: mutation.isPending || Boolean(unsettled(view)),
    waiting: unsettled(view),
    rejected: view?.state === 'rejected' ? view.error : null,
    failure: error instanceof KassaCallError ? error.error : error ? { code: 'internal', message: error.message } : undefined,
  };
}
