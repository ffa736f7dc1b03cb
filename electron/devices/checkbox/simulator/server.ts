import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isLoopbackHost } from '../../loopback';
import { FaultPlan, type Fault, type FaultTarget } from './faults';
import { SimMemory } from './memory';
import { CheckboxService, trainingIdentity, type Answer, type Identity, type ServiceRequest, type ServiceSettings } from './service';
import { seedTaxTable } from './tax-table';

export interface CheckboxSimulatorOptions {
  /** Loopback only. */
  host?: string;
  port?: number;
  /** A file keeps the fiscal memory across restarts; default in memory. */
  memoryFile?: string;
  now?: () => Date;
  settings?: Partial<ServiceSettings>;
  identity?: Identity;
  random?: () => number;
}

/** A request as it arrived: what the tests read to check order and bytes. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** The receipt or shift id the request names (in its body or its path), if any. */
  id?: string;
  body: string;
}

export interface CheckboxSimulator {
  url: string;
  service: CheckboxService;
  memory: SimMemory;
  faults: FaultPlan;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

const maxRequestBytes = 1024 * 1024;
const keptRequests = 20_000;

/** Which fault list a request draws from. */
function targetOf(method: string, path: string): FaultTarget {
  const route = `${method} ${path.replace(/^\/api\/v1/, '')}`;
  if (route === 'POST /receipts/sell') return 'sell';
  if (route === 'POST /receipts/sell-offline') return 'sellOffline';
  if (route === 'POST /receipts/service') return 'service';
  if (route === 'POST /shifts') return 'openShift';
  if (route === 'POST /shifts/close') return 'closeShift';
  if (route === 'POST /reports') return 'xReport';
  if (route.startsWith('POST /cashier/signin')) return 'signIn';
  if (/^GET \/receipts\/[^/]+$/.test(route) && !route.endsWith('/search')) return 'receipt';
  if (/^GET \/receipts\/[^/]+\/(?:text|html|pdf|png|qrcode)$/.test(route)) return 'rendering';
  if (/^GET \/shifts\/[^/]+$/.test(route) || route === 'GET /cashier/shift') return 'shift';
  return 'other';
}

function idOf(path: string, body: string): string | undefined {
  const inPath = /\/(?:receipts|shifts)\/([0-9a-f-]{36})/.exec(path)?.[1];
  if (inPath) return inPath;
  try {
    const id = (JSON.parse(body) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The training Checkbox service on HTTP (loopback only): the API's routes under /api/v1, and
 * the training controls under /__ (faults, clock, signer, state).
 */
export async function startCheckboxSimulator(options: CheckboxSimulatorOptions = {}): Promise<CheckboxSimulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The training server listens on loopback addresses only, not ${host}`);
  const memory = new SimMemory(options.memoryFile);
  const service = new CheckboxService(memory, options.identity ?? trainingIdentity, { receiptPolls: 0, shiftPolls: 0, goOnlineCalls: 2, taxes: seedTaxTable, ...options.settings }, options.now);
  const faults = new FaultPlan(options.random);
  const held = new Set<Socket>();
  const received: ReceivedRequest[] = [];

  const send = (res: ServerResponse, answer: Answer) => {
    if (answer.file !== undefined) {
      const { contentType, bytes } = answer.file;
      bytes.then(
        (file) => {
          res.writeHead(answer.status, { 'Content-Type': contentType });
          res.end(file);
        },
        // A rendering that failed to draw is an honest 500, as any other bug of the server.
        (error: unknown) => send(res, { status: 500, body: { message: String(error) } }),
      );
      return;
    }
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(answer.status === 205 ? undefined : JSON.stringify(answer.body));
  };

  const control = (req: IncomingMessage, res: ServerResponse, path: string, body: string) => {
    const json = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
    switch (`${req.method} ${path}`) {
      case 'POST /__faults':
        if (json.clear) faults.clear();
        if (json.fault) faults.next(json.fault as Fault, (json.target as FaultTarget | undefined) ?? 'sell');
        return send(res, { status: 200, body: { injected: faults.injected } });
      case 'POST /__clock':
        memory.counters.clockOffsetMs += Number(json.advanceMs ?? 0);
        memory.commit({});
        return send(res, { status: 200, body: { now: service.now().toISOString() } });
      case 'POST /__signer':
        service.signerDown = json.down === true;
        return send(res, { status: 200, body: { down: service.signerDown } });
      case 'POST /__revoke':
        service.revokeTokens();
        return send(res, { status: 200, body: {} });
      case 'GET /__state':
        return send(res, { status: 200, body: { shifts: memory.shifts, receipts: [...memory.receipts.values()].map(({ math, ...receipt }) => ({ ...receipt, total: math?.total ?? receipt.serviceValue })), reports: memory.reports } });
    }
    send(res, { status: 404, body: { detail: 'Not Found' } });
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? '/', 'http://training');
    const path = url.pathname;
    if (path.startsWith('/__')) return control(req, res, path, body);
    const method = req.method ?? 'GET';
    const id = idOf(path, body);
    received.push({ method, path, ...(id ? { id } : {}), body });
    if (received.length > keptRequests) received.shift();
    const request: ServiceRequest = { method, path, query: url.searchParams, headers: req.headers as Record<string, string | undefined>, body };
    const fault = faults.take(targetOf(method, path));
    if (fault && failBeforeCommit(fault, req, res)) return;
    const answer = service.handle(request, { ...(fault?.kind === 'stuck' ? { stuckPolls: fault.polls } : {}), ...(fault?.kind === 'receiptError' ? { receiptError: fault.message } : {}) });
    if (fault) answerAfterCommit(fault, req, res, answer);
    else send(res, answer);
  };

  /** Faults that act before the service does anything; true when the request ends there. */
  const failBeforeCommit = (fault: Fault, req: IncomingMessage, res: ServerResponse): boolean => {
    switch (fault.kind) {
      case 'dropBeforeCommit':
        req.socket.destroy();
        return true;
      case 'http500':
        res.writeHead(500, { 'Content-Type': 'text/html' });
        res.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
        return true;
      case 'maintenance':
        send(res, { status: 503, body: { message: 'Maintenance work till 2026-12-08 06:00' } });
        return true;
      case 'tokenRevoked':
        service.revokeTokens();
        return false;
      case 'dropAfterCommit':
      case 'answerTimeout':
      case 'delay':
      case 'empty':
      case 'garbage':
      case 'nullBody':
      case 'stuck':
      case 'receiptError':
        return false;
    }
  };

  /** How the answer of committed work goes (or does not go) back. */
  const answerAfterCommit = (fault: Fault, req: IncomingMessage, res: ServerResponse, answer: Answer): void => {
    switch (fault.kind) {
      case 'dropAfterCommit':
        req.socket.destroy();
        return;
      case 'answerTimeout':
        // Committed, and the connection is held open without an answer until the client gives up.
        held.add(req.socket);
        return;
      case 'delay':
        setTimeout(() => send(res, answer), fault.ms);
        return;
      case 'empty':
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end('');
        return;
      case 'garbage':
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end('{"id": "5b7d533c-97c8-4db7-8f5f-4b3a');
        return;
      case 'nullBody':
        send(res, { status: answer.status, body: null });
        return;
      case 'dropBeforeCommit':
      case 'http500':
      case 'maintenance':
      case 'tokenRevoked':
      case 'stuck':
      case 'receiptError':
        send(res, answer);
        return;
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) req.socket.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        // A broken control request or a bug of the server: an honest 500, never a silent success.
        send(res, { status: 500, body: { message: String(error) } });
      }
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/api/v1`,
    service,
    memory,
    faults,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        held.clear();
        server.close(() => {
          memory.close();
          resolve();
        });
      }),
  };
}
