import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * One HTTP call to a device or a fiscal service and its whole answer, with the two timeouts
 * every fiscal call needs and whether the request may have reached the other side. Shared by the
 * drivers that speak HTTP bodies (Caspos's JSON, SmartOne's signed form on the LAN, Checkbox's
 * JSON over HTTPS), so each only maps its own answers.
 */

export interface TransportOptions {
  /** Time to open the TCP connection; past it nothing was sent. */
  connectTimeoutMs: number;
  /** Time from the request's last byte to the answer's last byte; long enough for a card payment. */
  answerTimeoutMs: number;
  /** The body's media type: JSON for Caspos; SmartOne reuses this transport for its form bodies. */
  contentType?: string;
}

export type TransportFailure = 'connect_failed' | 'connect_timeout' | 'answer_timeout' | 'connection_dropped' | 'answer_too_large';

/** `sent`: the request may have reached the device, so its fate is open. */
export type TransportFailed = { ok: false; failure: TransportFailure; sent: boolean; detail: string };

export type TransportResult = { ok: true; status: number; body: string } | TransportFailed;

/** An answer read as bytes, with the media type it says it is (a PDF, an image). */
export type BinaryResult = { ok: true; status: number; bytes: Buffer; contentType: string } | TransportFailed;

export interface HttpCall {
  method: 'GET' | 'POST';
  /** http: on the LAN or loopback; https: to a cloud service. */
  url: string;
  /** Sent beside the body's type and length (a service's keys and token). */
  headers?: Record<string, string>;
  /** Sent exactly as given; none for GET. */
  body?: string;
}

const maxAnswerBytes = 8 * 1024 * 1024;

/** One POST of a body (JSON unless said otherwise), with no retry: the journal decides what happens next. */
export function postJson(url: string, body: string, options: TransportOptions): Promise<TransportResult> {
  return callHttp({ method: 'POST', url, body }, options);
}

/** One HTTP(S) call with no retry, its answer read as UTF-8 text: the journal decides what happens next. */
export async function callHttp(call: HttpCall, options: TransportOptions): Promise<TransportResult> {
  const result = await callHttpBytes(call, options);
  return result.ok ? { ok: true, status: result.status, body: result.bytes.toString('utf8') } : result;
}

/** The same call with its answer kept as bytes, for the renderings a service gives as files (PDF, PNG). */
export function callHttpBytes(call: HttpCall, options: TransportOptions): Promise<BinaryResult> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    let answerTimer: NodeJS.Timeout | undefined;
    const finish = (result: BinaryResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(answerTimer);
      resolve(result);
    };
    const failAndDestroy = (failure: TransportFailure, sent: boolean, detail: string) => {
      finish({ ok: false, failure, sent, detail });
      req.destroy();
    };

    const payload = call.body === undefined ? undefined : Buffer.from(call.body, 'utf8');
    const request = call.url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(call.url, {
      method: call.method,
      agent: false,
      headers: {
        ...call.headers,
        ...(payload ? { 'Content-Type': options.contentType ?? 'application/json;charset=utf-8', 'Content-Length': payload.length } : {}),
      },
    });
    const connectTimer = setTimeout(
      () => failAndDestroy('connect_timeout', false, `no connection within ${options.connectTimeoutMs} ms`),
      options.connectTimeoutMs,
    );
    req.on('socket', (socket) => {
      const onConnect = () => {
        connected = true;
        clearTimeout(connectTimer);
      };
      if (socket.connecting) socket.once('connect', onConnect);
      else onConnect();
    });
    req.on('finish', () => {
      answerTimer = setTimeout(
        () => failAndDestroy('answer_timeout', true, `no answer within ${options.answerTimeoutMs} ms`),
        options.answerTimeoutMs,
      );
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxAnswerBytes) failAndDestroy('answer_too_large', true, `answer larger than ${maxAnswerBytes} bytes`);
        else chunks.push(chunk);
      });
      res.on('end', () => finish({ ok: true, status: res.statusCode ?? 0, bytes: Buffer.concat(chunks), contentType: res.headers['content-type'] ?? '' }));
      res.on('aborted', () => failAndDestroy('connection_dropped', true, 'the answer was cut off'));
      res.on('error', (error) => failAndDestroy('connection_dropped', true, error.message));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (connected) failAndDestroy('connection_dropped', true, `${error.code ?? ''} ${error.message}`.trim());
      else failAndDestroy('connect_failed', false, `${error.code ?? ''} ${error.message}`.trim());
    });
    req.end(payload);
  });
}
