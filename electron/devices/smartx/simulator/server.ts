import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isLoopbackHost } from '../../loopback';
import { documentedOperations, type OperationNames } from '../operations';
import { FaultPlan, type Fault } from './faults';
import { FiscalMemory } from './memory';
import { Register, type Answer, type RegisterOperation } from './register';
import { defaultSettings, type RegisterSettings } from './settings';
import { startSsdpResponder } from './ssdp';

/** One request as the register received it, for tests: which header name came, and whether it was a lookup. */
export interface LoggedRequest {
  seq: number;
  /** The header's name exactly as it arrived, or null when there was none in any case. */
  headerName: string | null;
  wireName: string;
  operation: RegisterOperation | null;
  operationId: string | null;
  body: string;
  method: string;
  path: string;
}

export interface SmartXSimulatorOptions {
  /** Loopback only. */
  host?: string;
  port?: number;
  /** The fiscal memory's file; in memory without one. */
  memoryFile?: string;
  settings?: Partial<RegisterSettings>;
  now?: () => Date;
  random?: () => number;
  /** Also answer SSDP M-SEARCH on this UDP port of `host` (unicast; tests and the web host never multicast). */
  ssdpPort?: number;
}

export interface SmartXSimulator {
  /** http://host:port/v1 */
  url: string;
  host: string;
  port: number;
  register: Register;
  memory: FiscalMemory;
  faults: FaultPlan;
  requests: LoggedRequest[];
  /** Shifts the register's clock (tests of the 24-hour rule and the certificate). */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

const maxRequestBytes = 1024 * 1024;
const keptRequests = 20_000;

function operationOf(value: string, names: OperationNames): RegisterOperation | null {
  const upper = value.trim().toUpperCase();
  for (const name of Object.values(documentedOperations)) if (name === upper) return name;
  for (const [operation, name] of Object.entries(names) as [keyof OperationNames, string][]) if (name === upper) return operation;
  return null;
}

/** The request's body as text, or null past the size a register would take. */
async function bodyOf(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxRequestBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The HTTP status of an answer in the register's status mode (FN Q3). */
function statusOf(answer: Answer, mode: RegisterSettings['statusMode']): number {
  const code = answer.resultCode;
  if (code === undefined || code === 200) return 200;
  switch (mode) {
    case 'mirror':
      return code;
    case 'authOnly':
      return code === 401 || code === 405 ? 401 : 200;
    case 'always200':
      return 200;
  }
}

/** The training SmartX register on HTTP: POST /v1, the operation in INTENT_OPERATION_TYPE, control endpoints under /__. */
export async function startSmartXSimulator(options: SmartXSimulatorOptions = {}): Promise<SmartXSimulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) throw new Error(`The training register listens on loopback addresses only, not ${host}`);
  let clockOffset = 0;
  const now = () => new Date((options.now ?? (() => new Date()))().getTime() + clockOffset);
  const memory = new FiscalMemory(options.memoryFile);
  const settings = { ...defaultSettings(), ...options.settings };
  const register = new Register(memory, settings, now);
  const faults = new FaultPlan(options.random);
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  let seq = 0;

  const reply = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };

  const control = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    switch (req.url) {
      case '/__state':
        return reply(res, 200, JSON.stringify(stateOf(memory, register)));
      case '/__clock':
        clockOffset += Number(body.advanceMs ?? 0);
        return reply(res, 200, JSON.stringify({ now: now().toISOString() }));
      case '/__finish':
        return reply(res, 200, JSON.stringify({ finished: register.finishOnRegister() }));
      case '/__tokens':
        register.expireTokens();
        return reply(res, 200, '{}');
      case '/__faults':
        faults.next(body.fault as Fault, body.operation as RegisterOperation);
        return reply(res, 200, '{}');
      case undefined:
      default:
        return reply(res, 404, '{}');
    }
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.url?.startsWith('/__')) return control(req, res, raw);
    const headerIndex = req.rawHeaders.findIndex((name, index) => index % 2 === 0 && name.toLowerCase() === 'intent_operation_type');
    const headerName = headerIndex >= 0 ? req.rawHeaders[headerIndex]! : null;
    const wireName = headerIndex >= 0 ? req.rawHeaders[headerIndex + 1]! : '';
    // The name must be upper case on the wire (INTRO): a lower-cased one is as good as none.
    const operation = headerName === 'INTENT_OPERATION_TYPE' ? operationOf(wireName, settings.operationNames) : null;
    let operationId: string | null = null;
    try {
      const id = (JSON.parse(raw) as { operationId?: unknown } | null)?.operationId;
      if (typeof id === 'string') operationId = id;
    } catch {
      // Not JSON: the register answers 413 below.
    }
    requests.push({ seq: ++seq, headerName, wireName, operation, operationId, body: raw, method: req.method ?? '', path: req.url ?? '' });
    if (requests.length > keptRequests) requests.shift();
    if (req.method !== 'POST' || req.url !== '/v1') return reply(res, 404, JSON.stringify(register.refusal(399, 'Неизвестный адрес', '')));
    if (!operation) return reply(res, statusOf({ resultCode: 399 }, settings.statusMode), JSON.stringify(register.refusal(399, 'Неизвестная операция', wireName)));
    const fault = faults.take(operation);
    if (fault?.kind === 'dropBeforeCommit') return req.socket.destroy();
    if (fault?.kind === 'http500') return reply(res, 500, 'Internal Server Error');
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const token = req.headers['auth-token'];
    const answer = await register.handle(operation, raw, typeof token === 'string' ? token : undefined);
    const text = JSON.stringify(answer);
    switch (fault?.kind) {
      case 'dropAfterCommit':
        return req.socket.destroy();
      case 'answerTimeout':
        // Never answered: the socket is held until the client gives up or the register stops.
        return;
      case 'cut':
        res.writeHead(statusOf(answer, settings.statusMode), { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        return setImmediate(() => req.socket.destroy());
      case 'empty':
        return reply(res, 200, '');
      case 'garbage':
        return reply(res, 200, '<html>Bad Gateway</html>');
      case 'delay':
      case undefined:
        return reply(res, statusOf(answer, settings.statusMode), text);
    }
  };

  const server = createServer((req, res) => {
    bodyOf(req)
      .then((raw) => (raw === null ? req.socket.destroy() : serve(req, res, raw)))
      .catch((error: unknown) => {
        if (!res.headersSent) reply(res, 500, JSON.stringify({ error: String(error) }));
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const ssdp = options.ssdpPort === undefined ? null : await startSsdpResponder({ host, port: options.ssdpPort, location: `http://${host}:${port}`, serial: settings.serialNumber });
  return {
    url: `http://${host}:${port}/v1`,
    host,
    port,
    register,
    memory,
    faults,
    requests,
    advanceClock(ms) {
      clockOffset += ms;
    },
    async close() {
      await ssdp?.close();
      await new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      });
      memory.close();
    },
  };
}

/** What /__state shows: the documents, the doubles (one operationId fiscalised more than once), the shift, the drawer, the flags. */
export function stateOf(memory: FiscalMemory, register: Register): Record<string, unknown> {
  const byId = new Map<string, number>();
  for (const record of memory.state.documents) if (record.operationId) byId.set(record.operationId, (byId.get(record.operationId) ?? 0) + 1);
  return {
    documents: memory.state.documents.map(({ body: _body, ...record }) => record),
    doubles: [...byId].filter(([, count]) => count > 1).map(([operationId, count]) => ({ operationId, count })),
    shift: memory.state.shift,
    unfinished: memory.state.unfinished?.operationId ?? null,
    drawerCash: register.drawerCash(),
    markingFlags: register.markingFlags,
  };
}
