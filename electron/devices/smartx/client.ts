import { BaseResponse } from './answers';
import { wireName, type Operation, type OperationNames } from './operations';
import { isAuthRefusal, successCode } from './result-codes';
import { exchange, type Exchange, type TransportFailure } from './transport';

/** Why an answer tells nothing: the request's fate is open unless `sent` is false. */
export type UnreadableReason = TransportFailure | 'empty_body' | 'not_json' | 'invalid_answer';

/** What came back from one operation, after any re-authentication. */
export type Reply =
  | { kind: 'answered'; status: number; json: unknown; raw: string }
  | { kind: 'unreadable'; reason: UnreadableReason; sent: boolean; detail: string; raw?: string };

export interface SmartXClientOptions {
  /** http://<ip>:37015/v1 */
  url: string;
  /** Empty: the register runs without authorization, and no AUTH is ever sent. */
  pin: string;
  operationNames: OperationNames;
  connectTimeoutMs?: number;
  /** Cash-only documents and everything else (spec §1). */
  answerTimeoutMs?: number;
  /** Documents with a card part: the customer is at the terminal (spec §1). */
  cardAnswerTimeoutMs?: number;
}

export const defaultTimeouts = { connectTimeoutMs: 3_000, answerTimeoutMs: 30_000, cardAnswerTimeoutMs: 180_000 };

/**
 * One SmartX register. Calls queue one behind the other (one request at a time per device, spec
 * §1). The token from AUTH lives only here, in memory, and rides in the Auth-token header: the
 * journal's bytes never hold it. A 401/405 means the register did not execute the request, so
 * after one new AUTH it is repeated once (spec §4); nothing else is ever repeated here.
 */
export class SmartXClient {
  private queue: Promise<unknown> = Promise.resolve();
  private token: string | null = null;

  constructor(private readonly options: SmartXClientOptions) {}

  get url(): string {
    return this.options.url;
  }

  /** `card`: the document has a card part, so the answer may take minutes. */
  call(operation: Operation, body: string, card = false): Promise<Reply> {
    const run = this.queue.then(() => this.authorizedCall(operation, body, card));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async authorizedCall(operation: Operation, body: string, card: boolean): Promise<Reply> {
    const usesAuth = this.options.pin !== '';
    if (usesAuth && this.token === null) {
      const auth = await this.authenticate();
      if (auth) return auth;
    }
    const first = await this.post(operation, body, card);
    if (!usesAuth || !needsAuth(first)) return first;
    this.token = null;
    const auth = await this.authenticate();
    return auth ?? this.post(operation, body, card);
  }

  /** AUTH with the PIN: null when a token was given, otherwise the reply that refused it. */
  private async authenticate(): Promise<Reply | null> {
    const reply = await this.post('auth', JSON.stringify({ pin: this.options.pin, rememberPin: true, returnToken: true }), false);
    if (reply.kind !== 'answered') return reply;
    const answer = BaseResponse.safeParse(reply.json);
    if (!answer.success) return { kind: 'unreadable', reason: 'invalid_answer', sent: true, detail: `AUTH: ${answer.error.message.slice(0, 300)}`, raw: reply.raw };
    if (answer.data.resultCode !== successCode) return reply;
    // A register with a remembered PIN may answer without a token: later requests go without one.
    this.token = answer.data.token ?? '';
    return null;
  }

  private async post(operation: Operation, body: string, card: boolean): Promise<Reply> {
    const headers: Record<string, string> = { INTENT_OPERATION_TYPE: wireName(operation, this.options.operationNames) };
    if (this.token) headers['Auth-token'] = this.token;
    const answerMs = card ? (this.options.cardAnswerTimeoutMs ?? defaultTimeouts.cardAnswerTimeoutMs) : (this.options.answerTimeoutMs ?? defaultTimeouts.answerTimeoutMs);
    const result = await exchange(this.options.url, headers, body, { connectMs: this.options.connectTimeoutMs ?? defaultTimeouts.connectTimeoutMs, answerMs });
    return readReply(result);
  }
}

/** The body is read whatever the HTTP status: a register's refusal may come with any (spec §1). */
function readReply(result: Exchange): Reply {
  if (!result.ok) return { kind: 'unreadable', reason: result.failure, sent: result.sent, detail: result.detail };
  if (result.body.trim() === '') {
    // An empty 401 is still the register asking for authorization (the field client reacts to the status alone).
    if (result.status === 401) return { kind: 'answered', status: 401, json: null, raw: '' };
    return { kind: 'unreadable', reason: 'empty_body', sent: true, detail: `HTTP ${result.status} with an empty body` };
  }
  try {
    return { kind: 'answered', status: result.status, json: JSON.parse(result.body) as unknown, raw: result.body };
  } catch {
    return { kind: 'unreadable', reason: 'not_json', sent: true, detail: `HTTP ${result.status}: ${result.body.slice(0, 200)}`, raw: result.body.slice(0, 2000) };
  }
}

/** HTTP 401, or a result code 401/405 (whatever the status), asks for a new AUTH. */
export function needsAuth(reply: Reply): boolean {
  if (reply.kind !== 'answered') return false;
  if (reply.status === 401) return true;
  const answer = BaseResponse.safeParse(reply.json);
  return answer.success && isAuthRefusal(answer.data.resultCode);
}
