import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { EnrolAnswer } from '../../shared/office/till-api';
import { startOfficeService, type OfficeService } from '../http/server';
import { makeEnrolmentCode } from '../office/enrolment-codes';
import type { OfficeReadRoute } from '../office/read-routes';
import { officeCertificate, type OfficeCertificate } from '../start/certificate';
import { freshDatabase, type TestDatabase } from './postgres';

export interface Reply {
  status: number;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export interface CallOptions {
  body?: unknown;
  /** Raw bytes instead of JSON (for refused bodies). */
  raw?: string;
  token?: string;
  cookie?: string;
}

/**
 * An HTTPS call as a till makes it: the office's certificate pinned by its SHA-256 fingerprint
 * (whatever name or address it was reached by), never by a certificate authority.
 */
export function callOffice(url: string, certificate: OfficeCertificate, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      {
        method,
        ca: certificate.cert,
        checkServerIdentity: (_host, peer) => (peer.fingerprint256 === certificate.fingerprint ? undefined : new Error('certificate fingerprint differs')),
        agent: false,
        headers: {
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          ...(options.cookie ? { Cookie: options.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text && res.headers['content-type']?.startsWith('application/json') ? JSON.parse(text) : text, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface TestOffice {
  db: TestDatabase;
  dataDir: string;
  certificate: OfficeCertificate;
  service: OfficeService;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  /** Stops the service and starts it again on the same database and data folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The office service on 127.0.0.1 (a free port) over a database and a data folder of its own. */
export async function startTestOffice(readRoutes: readonly OfficeReadRoute[] = [], pageRoot = join(tmpdir(), 'no-office-page')): Promise<TestOffice> {
  const db = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-hq-'));
  const start = async () => {
    const certificate = await officeCertificate(dataDir, ['127.0.0.1']);
    const service = await startOfficeService({ pool: db.pool, certificate, host: '127.0.0.1', port: 0, pageRoot, readRoutes, logger: pino({ level: 'silent' }) });
    return { certificate, service };
  };
  let running = await start();
  const office: TestOffice = {
    db,
    dataDir,
    get certificate() {
      return running.certificate;
    },
    get service() {
      return running.service;
    },
    call: (method, path, options) => callOffice(running.service.url, running.certificate, method, path, options),
    async restart() {
      await running.service.close();
      running = await start();
    },
    async stop() {
      await running.service.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return office;
}

/** A till of a new shop, enrolled through the till API with a code made in the office. */
export async function enrolTestTill(office: TestOffice, shopId: string, tillName = 'Till 1'): Promise<EnrolAnswer> {
  const { code } = await makeEnrolmentCode(office.db.pool, shopId, 1, office.certificate.fingerprint);
  const reply = await office.call('POST', '/api/till/enrol', { body: { code, tillName, appVersion: '0.1.0' } });
  if (reply.status !== 200) throw new Error(`enrolment answered ${reply.status}`);
  return reply.body as EnrolAnswer;
}
