import { request } from 'node:http';

export type TransportFailure = 'connect_failed' | 'connect_timeout' | 'answer_timeout' | 'connection_dropped' | 'answer_too_large';

export type Exchange =
  | { ok: true; status: number; body: string }
  /** `sent`: the request may have reached the register, so its fate is open. */
  | { ok: false; failure: TransportFailure; sent: boolean; detail: string };

export interface ExchangeTimeouts {
  connectMs: number;
  /** From the request's last byte to the answer's last byte: minutes when a customer is at the card terminal. */
  answerMs: number;
}

const maxAnswerBytes = 4 * 1024 * 1024;

/**
 * One POST with the header names exactly as given: node:http writes them as spelled, where
 * fetch would lower-case INTENT_OPERATION_TYPE (spec §1). No retry: the journal decides.
 */
export function exchange(url: string, headers: Record<string, string>, body: string, timeouts: ExchangeTimeouts): Promise<Exchange> {
  return new Promise((resolve) => {
    const payload = Buffer.from(body, 'utf8');
    let connected = false;
    let settled = false;
    let answerTimer: NodeJS.Timeout | undefined;
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(payload.length) },
    });
    const settle = (result: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(answerTimer);
      if (!result.ok) req.destroy();
      resolve(result);
    };
    const connectTimer = setTimeout(() => settle({ ok: false, failure: 'connect_timeout', sent: false, detail: `no connection within ${timeouts.connectMs} ms` }), timeouts.connectMs);
    // agent: false gives every request a socket of its own, so it always connects afresh.
    req.once('socket', (socket) =>
      socket.once('connect', () => {
        connected = true;
        clearTimeout(connectTimer);
      }),
    );
    req.on('finish', () => {
      answerTimer = setTimeout(() => settle({ ok: false, failure: 'answer_timeout', sent: true, detail: `no answer within ${timeouts.answerMs} ms` }), timeouts.answerMs);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxAnswerBytes) settle({ ok: false, failure: 'answer_too_large', sent: true, detail: `answer above ${maxAnswerBytes} bytes` });
        else chunks.push(chunk);
      });
      res.on('end', () => settle({ ok: true, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('aborted', () => settle({ ok: false, failure: 'connection_dropped', sent: true, detail: 'the answer was cut off' }));
      res.on('error', (error) => settle({ ok: false, failure: 'connection_dropped', sent: true, detail: error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      const detail = `${error.code ?? ''} ${error.message}`.trim();
      settle(connected ? { ok: false, failure: 'connection_dropped', sent: true, detail } : { ok: false, failure: 'connect_failed', sent: false, detail });
    });
    req.end(payload);
  });
}
