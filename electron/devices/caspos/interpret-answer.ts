import { Envelope } from './answers';
import { casposError, codeFromMessage, isSuccessMessage } from './errors';
import { normalizeKeys } from './normalize-keys';
import type { Outcome } from './outcome';
import type { TransportResult } from '../http-transport';

/** Reads the answer's data into our result; throws when the data cannot be trusted. */
export type DataReader<T> = (data: unknown) => T;

/**
 * One HTTP exchange -> done, rejected or unknown. The HTTP status is not relied on (real devices
 * and clients ignore it): a well-formed answer decides; a garbled one is unknown, never rejected.
 */
export function interpretAnswer<T>(result: TransportResult, read: DataReader<T>): Outcome<T> {
  if (!result.ok) return { kind: 'unknown', reason: result.failure, sent: result.sent, detail: result.detail };
  const raw = result.body;
  const unknown = (reason: 'http_status' | 'empty_body' | 'not_json' | 'invalid_answer', detail: string): Outcome<T> => ({
    kind: 'unknown',
    reason: result.status >= 400 ? 'http_status' : reason,
    sent: true,
    detail: result.status >= 400 ? `HTTP ${result.status}: ${detail}` : detail,
    raw,
  });
  if (raw.trim() === '') return unknown('empty_body', 'the device answered with an empty body');

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return unknown('not_json', 'the answer is not JSON');
  }
  const envelope = Envelope.safeParse(normalizeKeys(json));
  if (!envelope.success) return unknown('invalid_answer', 'the answer is not an object with code and message');
  const { code, message, data } = envelope.data;

  const numeric = code === undefined || code === '' ? undefined : Number(code);
  if (numeric !== undefined && !Number.isInteger(numeric)) return unknown('invalid_answer', `unreadable code ${String(code)}`);
  const effective = numeric ?? (isSuccessMessage(message) ? 0 : codeFromMessage(message));
  if (effective === undefined) return unknown('invalid_answer', `no code and an unknown message: ${message ?? ''}`);

  // 1205: "Document creating has been completed successfully, but it was unable to handle Item
  // Names properly": the document exists, so it is done, not refused.
  if (effective === 0 || effective === 1205) {
    try {
      return { kind: 'done', value: read(data), duplicate: false, raw };
    } catch (error) {
      return unknown('invalid_answer', `success without readable data: ${(error as Error).message.slice(0, 300)}`);
    }
  }
  if (effective === 1) {
    // No public sample of this answer exists: the earlier result is taken when it is readable.
    let value: T | null = null;
    try {
      value = data === undefined || data === null ? null : read(data);
    } catch {
      value = null;
    }
    return { kind: 'done', value, duplicate: true, raw };
  }
  return { kind: 'rejected', error: casposError(effective, message), raw };
}
