import { request as httpsRequest } from 'node:https';
import { connect, type TLSSocket } from 'node:tls';
import type { z } from 'zod';
import {
  CatalogueAnswer,
  EnrolAnswer,
  OfficeError,
  PushAnswer,
  tillApiPaths,
  type EnrolRequest,
  type PushRequest,
} from '../../shared/office/till-api';
import { OfficeRequestError, type OfficeTransport } from './office-transport';

export interface HttpsOfficeOptions {
  /** The office's address, `https://host:port`. */
  address: string;
  /** SHA-256 of the office's certificate as `AB:CD:…`; every connection must present exactly it. */
  fingerprint: string;
  timeoutMs?: number;
  /** The largest answer read; a catalogue page of 2,000 products is well under 2 MB. */
  maxAnswerBytes?: number;
}

const defaultTimeoutMs = 20_000;
const defaultMaxAnswerBytes = 8 * 1024 * 1024;

/**
 * Opens TLS to the office and returns the certificate's SHA-256 fingerprint, whatever it is:
 * trust on first use, shown to the installer to compare with the one the office's page shows.
 */
export async function probeFingerprint(address: string, timeoutMs = defaultTimeoutMs): Promise<string> {
  const socket = await openTls(new URL(address), timeoutMs);
  const fingerprint = socket.getPeerCertificate().fingerprint256;
  socket.destroy();
  return fingerprint;
}

/**
 * The till API over HTTPS with the office's certificate pinned. An office's certificate is
 * self-signed (no public name to certify on a shop's network), so no CA vouches for it: the
 * fingerprint does, and it is checked on the connected socket before a byte of the request, the
 * token included, is written. Every answer is parsed by the contract.
 */
export class HttpsOfficeClient implements OfficeTransport {
  private readonly base: URL;
  private readonly timeoutMs: number;
  private readonly maxAnswerBytes: number;

  constructor(private readonly options: HttpsOfficeOptions) {
    this.base = new URL(options.address);
    if (this.base.protocol !== 'https:') throw new Error('The office is reached over https only');
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.maxAnswerBytes = options.maxAnswerBytes ?? defaultMaxAnswerBytes;
  }

  enrol(request: EnrolRequest) {
    return this.call('POST', tillApiPaths.enrol, undefined, request, EnrolAnswer);
  }

  push(token: string, request: PushRequest) {
    return this.call('POST', tillApiPaths.push, token, request, PushAnswer);
  }

  catalogue(token: string, after: number, limit: number) {
    return this.call('GET', `${tillApiPaths.catalogue}?after=${after}&limit=${limit}`, token, undefined, CatalogueAnswer);
  }

  async leave(token: string): Promise<void> {
    await this.call('POST', tillApiPaths.leave, token, {}, undefined);
  }

  private async call<T>(method: 'GET' | 'POST', path: string, token: string | undefined, body: unknown, schema: z.ZodType<T> | undefined): Promise<T> {
    const socket = await openTls(this.base, this.timeoutMs);
    const presented = socket.getPeerCertificate().fingerprint256;
    if (presented !== this.options.fingerprint) {
      socket.destroy();
      throw new OfficeRequestError({ kind: 'certificateChanged', presented }, 'The office presented another certificate than the one pinned at join');
    }
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const { status, text } = await this.exchange(socket, method, path, token, payload);
    const parsed = parseJson(text);
    if (status < 200 || status > 299) {
      const error = OfficeError.safeParse(parsed);
      if (error.success) throw new OfficeRequestError({ kind: 'office', code: error.data.error }, `office: ${error.data.error}`);
      throw new OfficeRequestError({ kind: 'badAnswer' }, `office answered ${status}`);
    }
    if (!schema) return undefined as T;
    const answer = schema.safeParse(parsed);
    if (!answer.success) throw new OfficeRequestError({ kind: 'badAnswer' }, `office answer does not fit ${path}`);
    return answer.data;
  }

  private exchange(socket: TLSSocket, method: string, path: string, token: string | undefined, payload: Buffer | undefined): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const fail = (error: OfficeRequestError) => {
        req.destroy();
        reject(error);
      };
      const req = httpsRequest(
        {
          createConnection: () => socket,
          method,
          path,
          headers: {
            accept: 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxAnswerBytes) fail(new OfficeRequestError({ kind: 'badAnswer' }, `office answer over ${this.maxAnswerBytes} bytes`));
            else chunks.push(chunk);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', () => reject(new OfficeRequestError({ kind: 'unreachable' }, 'the office connection broke')));
        },
      );
      req.on('timeout', () => fail(new OfficeRequestError({ kind: 'timeout' }, `no answer from the office in ${this.timeoutMs} ms`)));
      req.on('error', (error) => reject(error instanceof OfficeRequestError ? error : new OfficeRequestError({ kind: 'unreachable' }, 'the office connection broke')));
      req.end(payload);
    });
  }
}

function openTls(url: URL, timeoutMs: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    // The pin, not a CA, vouches for the office (see HttpsOfficeClient), so the chain is not checked here.
    const socket = connect({ host: url.hostname, port: Number(url.port || 443), servername: isIp(url.hostname) ? undefined : url.hostname, rejectUnauthorized: false });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new OfficeRequestError({ kind: 'timeout' }, `the office did not answer in ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      reject(new OfficeRequestError({ kind: 'unreachable' }, `the office at ${url.host} cannot be reached`));
    });
  });
}

function isIp(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
