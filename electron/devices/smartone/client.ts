import { smartOneCashierExplanation } from '../../../shared/devices/smartone/error-keys';
import { postJson, type TransportOptions } from '../http-transport';
import type { DeviceOutcome } from '../driver';
import { Envelope } from './answers';
import { meaningOf, type CodeMeaning } from './errors';
import type { Route } from './routes';
import { formBody } from './signature';

export interface SmartOneClientOptions extends Partial<TransportOptions> {
  /** http://<device-ip>:8008 */
  url: string;
  merchantId: string;
}

/** A request that got no trustworthy answer: the same shape as the neutral `unknown`. */
export type NoAnswer = Extract<DeviceOutcome<never>, { kind: 'unknown' }>;

/** An answer to one request: never a duplicate, which only a lookup finds. */
export type FreshOutcome<T> = Exclude<DeviceOutcome<T>, { kind: 'done'; duplicate: true }>;

/** A readable answer: its envelope, what its code means on this route, and the whole JSON. */
export interface Answer {
  kind: 'answer';
  route: Route;
  envelope: Envelope;
  meaning: CodeMeaning;
  json: unknown;
  raw: string;
}

export const defaultTimeouts = {
  connectTimeoutMs: 3_000,
  // A card payment blocks on the bank terminal: the device answers after the customer paid.
  answerTimeoutMs: 120_000,
} as const;

/**
 * A SmartOne Cashbox on the LAN. One request at a time: calls queue behind each other. No call
 * is retried here; the journal owns retries. The merchant id signs each request as it leaves.
 */
export class SmartOneClient {
  private readonly transport: TransportOptions;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SmartOneClientOptions) {
    this.transport = {
      connectTimeoutMs: options.connectTimeoutMs ?? defaultTimeouts.connectTimeoutMs,
      answerTimeoutMs: options.answerTimeoutMs ?? defaultTimeouts.answerTimeoutMs,
      contentType: 'application/x-www-form-urlencoded',
    };
  }

  get url(): string {
    return this.options.url;
  }

  /** POSTs `json` (the stored bytes or a service request) to the route, signed now. */
  call(route: Route, json: string): Promise<Answer | NoAnswer> {
    return this.exclusive(async () => {
      const result = await postJson(`${this.options.url.replace(/\/$/, '')}/${route}`, formBody(json, this.options.merchantId), this.transport);
      if (!result.ok) return { kind: 'unknown', reason: result.failure, sent: result.sent, detail: result.detail };
      return readAnswer(route, result.status, result.body);
    });
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Any non-200 status, empty or non-JSON body, or an envelope that does not parse: nothing is known. */
export function readAnswer(route: Route, status: number, raw: string): Answer | NoAnswer {
  const unknown = (reason: string, detail: string): NoAnswer => ({ kind: 'unknown', reason, sent: true, detail, raw: raw.slice(0, 2000) });
  if (status !== 200) return unknown('http_status', `HTTP ${status}`);
  if (raw.trim() === '') return unknown('empty_body', 'the answer is empty');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return unknown('not_json', 'the answer is not JSON');
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return unknown('invalid_answer', `no status and code: ${envelope.error.issues[0]?.message ?? ''}`);
  const meaning = meaningOf(route, envelope.data.code);
  // "success" with a refusal code, or "error" with code 0, contradicts itself.
  if ((meaning.kind === 'ok') !== (envelope.data.status === 'success')) return unknown('invalid_answer', `status ${envelope.data.status} with code ${envelope.data.code}`);
  return { kind: 'answer', route, envelope: envelope.data, meaning, json, raw };
}

/**
 * An answer as the neutral outcome, its route fields read with `read` (a zod parse: a bad answer
 * is unknown, never refused). Uncertain codes (5, 15, 44) are unknown, to be settled by a lookup.
 */
export function outcomeOf<T>(reply: Answer | NoAnswer, read: (json: unknown) => T): FreshOutcome<T> {
  if (reply.kind === 'unknown') return reply;
  const { meaning, raw } = reply;
  switch (meaning.kind) {
    case 'ok':
      try {
        return { kind: 'done', value: read(reply.json), duplicate: false, raw };
      } catch (error) {
        return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: String(error).slice(0, 500), raw };
      }
    case 'refused':
      return { kind: 'rejected', raw, refusal: { system: 'smartone', code: meaning.code, deviceText: reply.envelope.message ?? '', cashier: smartOneCashierExplanation(meaning.code) } };
    case 'uncertain':
      return { kind: 'unknown', reason: meaning.reason, sent: true, detail: `code ${reply.envelope.code}: ${reply.envelope.message ?? ''}`, raw };
    case 'notFound':
      return { kind: 'unknown', reason: 'not_found', sent: true, detail: reply.envelope.message ?? 'not found', raw };
  }
}
