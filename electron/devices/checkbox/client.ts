import { createHash } from 'node:crypto';
import { z } from 'zod';
import { TokenAnswer } from './answers';
import { classify, type Reply } from './errors';
import { callHttp, callHttpBytes, type TransportOptions } from '../http-transport';

/** How the cashier signs in: by PIN with the register's licence key (a till), or by login and password. */
export type CheckboxSignIn = { pin: string } | { login: string; password: string };

export interface CheckboxClientOptions extends Partial<TransportOptions> {
  /** Base URL up to /api/v1: https for the service, http only for the training server on loopback. */
  url: string;
  licenseKey: string;
  signIn: CheckboxSignIn;
  /** The integration key (X-Access-Key), where the account needs one. */
  accessKey?: string;
  clientName?: string;
  clientVersion?: string;
}

export const defaultTimeouts: TransportOptions = { connectTimeoutMs: 5_000, answerTimeoutMs: 30_000 };

export interface CallOptions {
  /** Sent as stored: the journal's bytes, never rebuilt. */
  body?: string;
  /** The route needs X-License-Key (sign in by PIN, register, shift open, offline). */
  license?: boolean;
  /** The route needs the bearer token; false only for sign-in and register info. */
  auth?: boolean;
  query?: Record<string, string | number | boolean | undefined>;
}

/**
 * The Checkbox API over HTTP(S). Tokens, the licence key and the access key go into headers at
 * send time only; bodies go out exactly as given. A revoked token (401 "Невірний токен
 * доступу") makes it sign in once and repeat the call once; a call is never repeated otherwise:
 * the journal owns retries.
 */
export class CheckboxClient {
  private token: string | undefined;
  private signingIn: Promise<Reply<null>> | undefined;
  private readonly transport: TransportOptions;
  /** Sign-ins made, for tests of the once-only rule. */
  signIns = 0;

  constructor(private readonly options: CheckboxClientOptions) {
    this.transport = { connectTimeoutMs: options.connectTimeoutMs ?? defaultTimeouts.connectTimeoutMs, answerTimeoutMs: options.answerTimeoutMs ?? defaultTimeouts.answerTimeoutMs };
  }

  /**
   * Names the register this client works for without holding its licence key (a secret): the
   * driver's stored offline codes are this register's, never another's after the settings change.
   */
  get register(): string {
    return createHash('sha256').update(`${this.options.url}\n${this.options.licenseKey}`).digest('hex').slice(0, 32);
  }

  get url(): string {
    return this.options.url;
  }

  async call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<Reply<T>> {
    const auth = options.auth ?? true;
    if (auth && this.token === undefined) {
      const signedIn = await this.signIn();
      if (signedIn.kind !== 'ok') return signedIn;
    }
    const first = await this.once(method, path, schema, options, auth);
    if (!auth || first.kind !== 'refused' || first.code !== 'auth_token') return first;
    // The token was revoked: one new sign-in, one repeat; a second 401 stands as the refusal.
    this.token = undefined;
    const signedIn = await this.signIn();
    if (signedIn.kind !== 'ok') return signedIn;
    return this.once(method, path, schema, options, auth);
  }

  /** Signs in now (PIN or login), sharing one sign-in among concurrent calls. */
  signIn(): Promise<Reply<null>> {
    this.signingIn ??= this.signInNow().finally(() => (this.signingIn = undefined));
    return this.signingIn;
  }

  /** Ends the session; the token is dropped whatever the answer. */
  async signOut(): Promise<Reply<null>> {
    if (this.token === undefined) return { kind: 'ok', value: null, status: 205, raw: '' };
    const result = await callHttp({ method: 'POST', url: `${this.options.url}/cashier/signout`, headers: this.headers(false, true) }, this.transport);
    this.token = undefined;
    if (result.ok && result.status === 205) return { kind: 'ok', value: null, status: 205, raw: '' };
    return classify(result, z.null());
  }

  /**
   * A rendering of a receipt (text, HTML, PDF, PNG, QR image) as the service gives it: its bytes
   * and media type on 200, for renderings.ts to check; any other answer classified as every call's.
   * A revoked token signs in once and repeats once, as for JSON calls.
   */
  async rendering(path: string, query: CallOptions['query'] = {}): Promise<Reply<{ bytes: Buffer; contentType: string }>> {
    const first = await this.renderingOnce(path, query);
    if (first.kind !== 'refused' || first.code !== 'auth_token') return first;
    this.token = undefined;
    return this.renderingOnce(path, query);
  }

  private async renderingOnce(path: string, query: NonNullable<CallOptions['query']>): Promise<Reply<{ bytes: Buffer; contentType: string }>> {
    if (this.token === undefined) {
      const signedIn = await this.signIn();
      if (signedIn.kind !== 'ok') return signedIn;
    }
    const result = await callHttpBytes({ method: 'GET', url: this.address(path, query), headers: { ...this.headers(false, true), Accept: '*/*' } }, this.transport);
    if (result.ok && result.status === 200) return { kind: 'ok', value: { bytes: result.bytes, contentType: result.contentType }, status: 200, raw: '' };
    return classify(result.ok ? { ok: true, status: result.status, body: result.bytes.toString('utf8') } : result, z.never());
  }

  private async signInNow(): Promise<Reply<null>> {
    this.signIns += 1;
    const byPin = 'pin' in this.options.signIn;
    const body = JSON.stringify('pin' in this.options.signIn ? { pin_code: this.options.signIn.pin } : { login: this.options.signIn.login, password: this.options.signIn.password });
    const result = await callHttp({ method: 'POST', url: `${this.options.url}/cashier/${byPin ? 'signinPinCode' : 'signin'}`, headers: this.headers(byPin, false), body }, this.transport);
    const reply = classify(result, TokenAnswer);
    // The answer holds the token: it never leaves this method.
    if (reply.kind !== 'ok') return reply.kind === 'unknown' ? { ...reply, raw: undefined } : reply;
    this.token = reply.value.access_token;
    return { kind: 'ok', value: null, status: reply.status, raw: '' };
  }

  private async once<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, options: CallOptions, auth: boolean): Promise<Reply<T>> {
    const result = await callHttp({ method, url: this.address(path, options.query ?? {}), headers: this.headers(options.license ?? false, auth), body: method === 'POST' ? (options.body ?? '') : undefined }, this.transport);
    return classify(result, schema);
  }

  private address(path: string, query: NonNullable<CallOptions['query']>): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
    const search = params.toString();
    return `${this.options.url}${path}${search ? `?${search}` : ''}`;
  }

  private headers(license: boolean, auth: boolean): Record<string, string> {
    return {
      Accept: 'application/json',
      'X-Client-Name': this.options.clientName ?? 'Kassa',
      'X-Client-Version': this.options.clientVersion ?? '1.0',
      ...(this.options.accessKey ? { 'X-Access-Key': this.options.accessKey } : {}),
      ...(license ? { 'X-License-Key': this.options.licenseKey } : {}),
      ...(auth && this.token !== undefined ? { Authorization: `Bearer ${this.token}` } : {}),
    };
  }
}
