import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { maxImportFileBytes, type ImportFileId } from '../../shared/catalog-file-import';
import { wire } from '../../shared/ipc/wire';
import { fail, type ErrorCode, type Result } from '../../shared/result';
import type { EventBus } from '../app/event-bus';
import { rememberSecret, type Logger } from '../app/logger';
import type { Dispatch } from '../ipc/dispatcher';
import { BodyTooLargeError, bodyLimitOf, readBody } from './read-body';
import { hostHeaderAllowed, tokenMatches } from './request-guard';
import { commonHeaders, rendererFileHeaders } from './security-headers';
import { readStaticFile } from './static-files';

export interface WebHostOptions {
  dispatch: Dispatch;
  bus: EventBus;
  logger: Logger;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Keeps a catalogue file uploaded for import (PickedFiles.receive), answering its id. */
  receiveImportFile: (body: IncomingMessage) => Promise<Result<{ fileId: ImportFileId }>>;
}

export interface WebHost {
  /** The address to open, with this run's token. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';
const heartbeatMs = 15_000;

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_channel: 404,
  unauthorized: 401,
  payload_too_large: 413,
  internal: 500,
  device_rejected: 200,
  device_no_answer: 200,
  device_unavailable: 200,
  journal_busy: 200,
  import_invalid: 200,
  not_signed_in: 200,
  approval_required: 200,
  pin_wrong: 200,
  pin_locked: 200,
  not_permitted: 200,
  person_exists: 200,
  last_approver: 200,
  setup_done: 200,
  shift_unsettled: 200,
  document_invalid: 200,
  storage_failed: 200,
  journal_blocked: 200,
  not_supported: 200,
  import_busy: 200,
  import_cancelled: 200,
  import_too_large: 413,
  import_unreadable: 200,
  office_failed: 200,
  office_joined: 200,
  office_products: 200,
};

/** Serves the built renderer and every IPC channel on loopback only, for browsers and tests. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const indexHtml = (await readFile(join(options.rendererDir, 'index.html'), 'utf8')).replace(
    '</head>',
    `<meta name="${wire.tokenMeta}" content="${token}"></head>`,
  );
  const log = options.logger.child({ module: 'web-host' });
  rememberSecret(options.logger, token);
  const streams = new Set<ServerResponse>();
  let port = options.port;

  const sendResult = (res: ServerResponse, result: Result<unknown>) => {
    const status = result.ok ? 200 : statusOf[result.error.code];
    res.writeHead(status, { ...commonHeaders, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(result));
  };

  /** Calls and uploads are POSTs carrying this run's token; anything else is answered here. */
  const postWithToken = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST') {
      res.writeHead(405, { ...commonHeaders, Allow: 'POST' }).end();
      return false;
    }
    if (!tokenMatches(token, req.headers[wire.tokenHeader] as string | undefined)) {
      sendResult(res, fail('unauthorized', 'Missing or wrong host token'));
      return false;
    }
    return true;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, channel: string) => {
    if (!postWithToken(req, res)) return;
    let body: string;
    try {
      body = await readBody(req, bodyLimitOf(channel));
    } catch (error) {
      if (error instanceof BodyTooLargeError) sendResult(res, fail('payload_too_large', error.message));
      else res.destroy();
      return;
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      sendResult(res, fail('invalid_input', 'Body is not JSON'));
      return;
    }
    sendResult(res, await options.dispatch(channel, input));
  };

  // The file is streamed to the data folder as it arrives, never held here: a million products is 80 MB.
  const handleImportFile = async (req: IncomingMessage, res: ServerResponse) => {
    if (!postWithToken(req, res)) return;
    // A browser states a file's length; refusing it before reading answers at once instead of
    // after the whole file. A body that runs past the limit anyway is refused as it goes.
    if (Number(req.headers['content-length'] ?? 0) > maxImportFileBytes) {
      res.shouldKeepAlive = false;
      sendResult(res, fail('import_too_large', 'The catalogue file is too large', { limit: maxImportFileBytes }));
      return;
    }
    sendResult(res, await options.receiveImportFile(req));
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!tokenMatches(token, url.searchParams.get(wire.tokenQuery))) {
      sendResult(res, fail('unauthorized', 'Missing or wrong host token'));
      return;
    }
    res.writeHead(200, { ...commonHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.bus.subscribe((message) => res.write(`data: ${JSON.stringify(message)}\n\n`));
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  };

  const handlePage = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...commonHeaders, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokenMatches(token, url.searchParams.get(wire.tokenQuery))) {
        res.writeHead(401, { ...commonHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Kassa: open the address printed when the app started (it carries this run\'s token).\n');
        return;
      }
      res.writeHead(200, rendererFileHeaders('text/html; charset=utf-8'));
      res.end(indexHtml);
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, commonHeaders).end();
      return;
    }
    res.writeHead(200, rendererFileHeaders(file.contentType));
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const server: Server = createServer((req, res) => {
    if (!hostHeaderAllowed(req, port)) {
      res.writeHead(421, commonHeaders).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${loopback}:${port}`);
    const route = url.pathname.startsWith(wire.apiPrefix)
      ? handleApi(req, res, url.pathname.slice(wire.apiPrefix.length))
      : url.pathname === wire.eventsPath
        ? Promise.resolve(handleEvents(req, res, url))
        : url.pathname === wire.importFilePath
          ? handleImportFile(req, res)
          : handlePage(req, res, url);
    route.catch((error: unknown) => {
      log.error({ err: error, path: url.pathname }, 'request failed');
      if (!res.headersSent) sendResult(res, fail('internal', 'The web host failed to answer'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  log.info({ port }, 'listening');

  return {
    url: `http://${loopback}:${port}/?${wire.tokenQuery}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
