import { isDocumentRoute as isDocument, type Route } from './routes';

/**
 * What a SmartOne code means, decoded per route (spec §6): 6, 9 and 15 differ by route, so
 * they are never read globally. The refusal's code carries the route where it matters
 * (`withdraw.9`), so the cashier's explanation (shared/devices/smartone/error-keys.ts) fits it.
 */
export type CodeMeaning =
  | { kind: 'ok' }
  /** Nothing was done: the device refused. */
  | { kind: 'refused'; code: string }
  /** The operation may have been committed: settled by a lookup, never refused. */
  | { kind: 'uncertain'; reason: 'internal_error' | 'not_printed' | 'processing' }
  /** The thing asked for is not there (a lookup's "not found"). */
  | { kind: 'notFound' };

export function meaningOf(route: Route, code: number): CodeMeaning {
  if (code === 0) return { kind: 'ok' };
  if (code === 44) return { kind: 'uncertain', reason: 'processing' };
  switch (code) {
    case 5:
      // An internal error after the device took a document: it may have committed (NEW-ERR).
      return isDocument(route) ? { kind: 'uncertain', reason: 'internal_error' } : { kind: 'refused', code: '5' };
    case 6:
      // On open_shift, 6 is "already open"; elsewhere "no open shift".
      return { kind: 'refused', code: route === 'open_shift' ? 'open_shift.6' : '6' };
    case 9:
      if (route === 'withdraw') return { kind: 'refused', code: 'withdraw.9' };
      return route === 'check_status' || route === 'check_copy' ? { kind: 'notFound' } : { kind: 'refused', code: '9' };
    case 15:
      // New firmware: DOCUMENT_NOT_PRINTED, the document may be fiscalised. Old /creditpay: "one
      // payment type". Either way a lookup decides, so a printed-out receipt is never refused.
      return isDocument(route) ? { kind: 'uncertain', reason: 'not_printed' } : { kind: 'refused', code: '15' };
    default:
      return { kind: 'refused', code: String(code) };
  }
}
