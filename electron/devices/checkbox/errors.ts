import type { z } from 'zod';
import { RefusalBody } from './answers';
import { checkboxRefusals, refusalKeyOf, type RefusalGroup, type RefusalKey } from './error-codes';
import type { TransportFailure, TransportResult } from '../http-transport';

/** Why the fate of a call is not known: it may have been done. */
export type UnknownReason = TransportFailure | 'http_status' | 'maintenance' | 'empty_body' | 'not_json' | 'invalid_answer' | 'pending';

/** The service's key for a refusal: one of the document's, or a fallback by status. */
export type RefusalCode = Exclude<RefusalKey, 'cashier_busy'> | 'validation' | 'not_found' | 'refused_other' | DriverRefusal;

/**
 * Refusals the driver reads from a state rather than an error answer: a receipt or a shift
 * transaction the tax service refused (ERROR), and operations a cloud register does not have.
 */
export type DriverRefusal = 'fiscalisation_failed' | 'not_supported';

/**
 * What one call came to, before any document meaning: an answer that passed its schema, the
 * service's clear refusal (a 4xx with its words), or no trustworthy answer.
 */
export type Reply<T> =
  | { kind: 'ok'; value: T; status: number; raw: string }
  | { kind: 'refused'; status: number; code: RefusalCode; group: RefusalGroup; text: string; raw: string }
  | { kind: 'unknown'; reason: UnknownReason; sent: boolean; detail: string; raw?: string };

/** Both "register busy" texts mean the same thing to the cashier (drivers/checkbox.md §5). */
function codeOf(key: RefusalKey): Exclude<RefusalKey, 'cashier_busy'> {
  return key === 'cashier_busy' ? 'register_busy' : key;
}

function refusalOf(status: number, raw: string): Reply<never> {
  let parsed: z.infer<typeof RefusalBody> | undefined;
  try {
    const json = RefusalBody.safeParse(JSON.parse(raw));
    parsed = json.success ? json.data : undefined;
  } catch {
    parsed = undefined;
  }
  // A 4xx without the service's words may come from anything on the way: it proves nothing.
  if (!parsed || (parsed.message === undefined && parsed.detail === undefined)) return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: `HTTP ${status} without a message`, raw };
  if (status === 422) {
    const text = typeof parsed.detail === 'string' ? parsed.detail : (parsed.detail ?? []).map((d) => d.msg).join('; ');
    return { kind: 'refused', status, code: 'validation', group: 'validation', text: text || raw, raw };
  }
  const text = parsed.message ?? (typeof parsed.detail === 'string' ? parsed.detail : raw);
  const key = refusalKeyOf(text);
  if (key) return { kind: 'refused', status, code: codeOf(key), group: checkboxRefusals[key].group, text, raw };
  return { kind: 'refused', status, code: status === 404 ? 'not_found' : 'refused_other', group: status === 401 || status === 403 ? 'auth' : 'other', text, raw };
}

/**
 * Classifies an HTTP exchange: by status first, then by the normalised message. Only the
 * service's own 4xx refusals are refusals; 408, 429, 5xx (503 maintenance too), timeouts and
 * empty or garbled answers say nothing of what was done.
 */
export function classify<T>(result: TransportResult, schema: z.ZodType<T>): Reply<T> {
  if (!result.ok) return { kind: 'unknown', reason: result.failure, sent: result.sent, detail: result.detail };
  const { status, body } = result;
  if (status >= 200 && status < 300) {
    if (body.trim() === '') return { kind: 'unknown', reason: 'empty_body', sent: true, detail: `HTTP ${status} with an empty body`, raw: body };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { kind: 'unknown', reason: 'not_json', sent: true, detail: `HTTP ${status}: not JSON`, raw: body.slice(0, 2000) };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), raw: body.slice(0, 2000) };
    return { kind: 'ok', value: parsed.data, status, raw: body };
  }
  if (status === 503 && /maintenance/i.test(body)) return { kind: 'unknown', reason: 'maintenance', sent: true, detail: body.slice(0, 300), raw: body };
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return refusalOf(status, body);
  return { kind: 'unknown', reason: 'http_status', sent: true, detail: `HTTP ${status}`, raw: body.slice(0, 2000) };
}
