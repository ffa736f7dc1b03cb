import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type pg from 'pg';
// The till's web page policy fits the office's page as it is: everything from the page's own origin, no inline script.
import { contentSecurityPolicy } from '../../../shared/content-security-policy';
import { officeApiBase, officeSessionPath, OfficeSignIn } from '../../../shared/office/office-api';
import type { OfficeError } from '../../../shared/office/till-api';
import { OfficeQueryError } from '../../office-reads/query';
import { officeReads } from '../../office-reads/routes';

/** The built page (`npm run build:hq-web`). */
export const builtPageFolder = join(import.meta.dirname, '..', '..', '..', 'out', 'hq-web');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

export interface OfficePageHost {
  url: string;
  close(): Promise<void>;
}

/**
 * A stand-in for the office service, for the page's e2e only: the built page and the read routes
 * on 127.0.0.1 over plain HTTP, behind a sign-in that knows one manager. The real service (HTTPS,
 * hashed passwords, sessions in PostgreSQL) mounts the same routes.
 */
export async function startOfficePageHost(pool: pg.Pool, manager: OfficeSignIn): Promise<OfficePageHost> {
  if (!existsSync(join(builtPageFolder, 'index.html'))) throw new Error(`the office page is not built in ${builtPageFolder}: run npm run build:hq-web (npm run build does it too)`);
  const session = randomBytes(24).toString('base64url');
  const signedIn = (request: IncomingMessage) => (request.headers.cookie ?? '').split(/;\s*/).includes(`office_session=${session}`);

  const server = createServer((request, response) => {
    void answer(request, response).catch((error: unknown) => sendError(response, 500, 'unavailable', String(error)));
  });

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === officeSessionPath && request.method === 'POST') {
      const person = OfficeSignIn.safeParse(await jsonBody(request));
      if (!person.success) return sendError(response, 400, 'badRequest', 'name and password');
      if (person.data.name !== manager.name || person.data.password !== manager.password) return sendError(response, 401, 'unauthorized', 'name or password');
      response.writeHead(204, { 'set-cookie': `office_session=${session}; HttpOnly; SameSite=Strict; Path=/` }).end();
      return;
    }
    if (url.pathname.startsWith(officeApiBase)) {
      const route = officeReads.find((r) => r.path === url.pathname.slice(officeApiBase.length));
      if (!route || request.method !== 'GET') return sendError(response, 404, 'badRequest', 'no such read');
      if (!signedIn(request)) return sendError(response, 401, 'unauthorized', 'sign in first');
      try {
        const body = JSON.stringify(await route.handle(pool, url.searchParams));
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      } catch (error) {
        if (error instanceof OfficeQueryError) return sendError(response, 400, 'badRequest', error.message);
        throw error;
      }
      return;
    }
    await sendFile(url.pathname === '/' ? '/index.html' : url.pathname, response);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function sendFile(pathname: string, response: ServerResponse): Promise<void> {
  const file = normalize(join(builtPageFolder, decodeURIComponent(pathname)));
  const type = contentTypes[extname(file)];
  if (!file.startsWith(builtPageFolder + sep) || !type) return sendError(response, 404, 'badRequest', 'no such file');
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return sendError(response, 404, 'badRequest', 'no such file');
  response.writeHead(200, { 'content-type': type, 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' }).end(bytes);
}

function sendError(response: ServerResponse, status: number, error: OfficeError['error'], message: string): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error, message } satisfies OfficeError));
}

/** A small JSON body (a sign-in): more than 4 kB is refused unread. */
async function jsonBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 4096) return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
