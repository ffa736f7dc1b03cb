import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { OfficeCertificate } from '../start/certificate';
import { officeRoutes } from '../office/office-routes';
import type { OfficeReadRoute } from '../office/read-routes';
import { tillRoutes } from '../till/till-routes';
import { FailedAttempts } from './failed-attempts';
import { OfficeFailure } from './failure';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { officePageFile, serviceHeaders } from './office-page';
import type { Route, RouteAnswer } from './route';

export interface OfficeServiceOptions {
  pool: Pool;
  certificate: OfficeCertificate;
  /** 127.0.0.1 unless the shop's LAN address is asked for. */
  host: string;
  port: number;
  /** The built office page (out/hq-web/). */
  pageRoot: string;
  readRoutes: readonly OfficeReadRoute[];
  logger: Logger;
}

export interface OfficeService {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, answer: RouteAnswer): void {
  const status = answer.status ?? 200;
  if (answer.body === undefined || status === 204) {
    res.writeHead(status, { ...serviceHeaders, ...answer.headers }).end();
    return;
  }
  res.writeHead(status, { ...serviceHeaders, 'Content-Type': 'application/json; charset=utf-8', ...answer.headers }).end(JSON.stringify(answer.body));
}

function failureAnswer(failure: OfficeFailure): RouteAnswer {
  return { status: failure.status, body: { error: failure.code, message: failure.message } };
}

/** The HTTPS service: the till API, the office API and the office page, one route table. */
export async function startOfficeService(options: OfficeServiceOptions): Promise<OfficeService> {
  const { pool, certificate, logger } = options;
  const routes: Route[] = [...tillRoutes, ...officeRoutes(options.readRoutes)];
  const failedAttempts = new FailedAttempts();

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://office.invalid');
    for (const route of routes) {
      const match = route.pattern.exec(url.pathname);
      if (!match || route.method !== req.method) continue;
      send(res, await route.handle({ pool, req, params: match.slice(1), query: url.searchParams, certificateFingerprint: certificate.fingerprint, failedAttempts }));
      return;
    }
    const unknownRoute = url.pathname.startsWith('/api/till/') ? 'badRequest' : 'notFound';
    if (url.pathname.startsWith('/api/') || req.method !== 'GET') throw new OfficeFailure(404, unknownRoute, 'no such route');
    const file = await officePageFile(options.pageRoot, url.pathname);
    if (!file) throw new OfficeFailure(404, 'notFound', 'no such page');
    res.writeHead(200, { ...serviceHeaders, 'Content-Type': file.type, 'Content-Security-Policy': contentSecurityPolicy }).end(file.body);
  }

  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    answer(req, res).catch((error: unknown) => {
      if (error instanceof OfficeFailure) {
        send(res, failureAnswer(error));
        return;
      }
      // Never the request: bodies carry tokens, codes and passwords.
      logger.error({ err: error, method: req.method, path: req.url?.split('?')[0] }, 'request failed');
      if (!res.headersSent) send(res, failureAnswer(new OfficeFailure(503, 'unavailable', 'the office cannot answer now; try again')));
      else res.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `https://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
