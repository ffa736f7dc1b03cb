import type { TransportFailure } from '../http-transport';
import type { CasposError } from './errors';

/** Why the fate of a request is not known: the journal must settle it by sending it again. */
export type UnknownReason = TransportFailure | 'http_status' | 'empty_body' | 'not_json' | 'invalid_answer' | 'login_failed';

/**
 * The three outcomes of a call (architecture: done, rejected, unknown).
 * - done: the device did it; `duplicate` when it had already done this documentUUID before.
 * - rejected: the device refused; nothing was fiscalised.
 * - unknown: no trustworthy answer; `sent` is false only when the request surely never left.
 */
export type Outcome<T> =
  | { kind: 'done'; value: T; duplicate: false; raw: string }
  | { kind: 'done'; value: T | null; duplicate: true; raw: string }
  | { kind: 'rejected'; error: CasposError; raw: string }
  | { kind: 'unknown'; reason: UnknownReason; sent: boolean; detail: string; raw?: string };
