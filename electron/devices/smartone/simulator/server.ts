import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultPlan } from '../../caspos/simulator/faults';
import { serveTraining } from '../../training-server';
import { signData } from '../signature';
import { SmartOneDevice, type DeviceAnswer, type TrainingSettings } from './device';
import { decodeBase64, readForm } from './form';
import { FiscalMemory } from './memory';

export interface SmartOneSimulatorOptions {
  /** Loopback only: 127.0.0.0/8. Discovery tests run several devices on 127.0.0.7x. */
  host?: string;
  /** 0 picks a free port; a real device listens on 8008. */
  port?: number;
  /** A file keeps the fiscal memory across restarts; default in memory. */
  memoryFile?: string;
  merchantId?: string;
  now?: () => Date;
  settings?: Partial<TrainingSettings>;
  random?: () => number;
}

/** One request as it reached the device, for the wire and recovery checks. */
export interface ReceivedRequest {
  route: string;
  /** The form body as it arrived. */
  body: string;
  /** `data` decoded: the JSON the client built. */
  json: string;
  documentExtID?: string | number;
  plusRaw: boolean;
  plusEscaped: boolean;
  equalsEscaped: boolean;
}

export interface SmartOneSimulator {
  url: string;
  host: string;
  port: number;
  merchantId: string;
  device: SmartOneDevice;
  memory: FiscalMemory;
  faults: FaultPlan;
  /** Every signed request, oldest first (the last 50,000). */
  received: ReceivedRequest[];
  /** Breaches of the recovery rule seen on the wire: a document sent again with no /check_status for it in between. */
  violations: string[];
  close(): Promise<void>;
}

/** The merchant id the training device is registered with (the field notes' example). */
export const trainingMerchantId = '9662a13f5b4f46dbb1751bbbf86ed402';

const maxRequestBytes = 1024 * 1024;
const keptRequests = 50_000;

function extIdOf(json: unknown): string | number | undefined {
  const extId: unknown = typeof json === 'object' && json !== null ? (json as { documentExtID?: unknown }).documentExtID : undefined;
  return typeof extId === 'string' || typeof extId === 'number' ? extId : undefined;
}

const refusal = (code: number, message: string): DeviceAnswer => ({ status: 'error', code, message });

/** The training device on HTTP, as a real SmartOne Cashbox: POST a signed form to /<route>. */
export async function startSmartOneSimulator(options: SmartOneSimulatorOptions = {}): Promise<SmartOneSimulator> {
  const host = options.host ?? '127.0.0.1';
  const merchantId = options.merchantId ?? trainingMerchantId;
  const memory = new FiscalMemory(options.memoryFile);
  const device = new SmartOneDevice(memory, options.now ?? (() => new Date()), options.settings);
  const faults = new FaultPlan(options.random);
  const received: ReceivedRequest[] = [];
  const violations: string[] = [];
  /** Per documentExtID: was the last thing heard of it a send or a lookup? */
  const lastHeard = new Map<string, 'sent' | 'lookedUp'>();
  const watchRecovery = (route: string, extId: string | number | undefined) => {
    if (extId === undefined) return;
    const key = String(extId);
    if (route === 'check_status') {
      if (lastHeard.has(key)) lastHeard.set(key, 'lookedUp');
      return;
    }
    if (lastHeard.get(key) === 'sent') violations.push(`${route} ${key} sent again without a lookup`);
    lastHeard.set(key, 'sent');
  };

  const answer = (res: ServerResponse, body: DeviceAnswer) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, route: string, body: string) => {
    const form = readForm(body);
    if (form.data === undefined || form.sign === undefined) return answer(res, refusal(2, 'data and sign are required'));
    if (signData(form.data, merchantId) !== form.sign) return answer(res, refusal(1, 'authorization error: wrong signature'));
    const text = decodeBase64(form.data);
    let json: unknown;
    try {
      json = text === undefined ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (text === undefined || json === undefined) return answer(res, refusal(2, 'invalid JSON or Base64'));
    const extId = extIdOf(json);
    received.push({ route, body, json: text, documentExtID: extId, ...form });
    watchRecovery(route, extId);
    if (received.length > keptRequests) received.shift();

    const fault = faults.take(route);
    if (fault?.kind === 'dropBeforeCommit') return req.socket.destroy();
    if (fault?.kind === 'http500') {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      return res.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
    }
    const result = device.handle(route, json, text);
    switch (fault?.kind) {
      case undefined:
        return answer(res, result);
      case 'delay':
        setTimeout(() => answer(res, result), fault.ms);
        return;
      case 'answerTimeout':
        server.hold(req.socket);
        return;
      case 'dropAfterCommit':
        return req.socket.destroy();
      case 'garbage':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        return res.end('\u0000{"status":"succ');
      case 'empty':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        return res.end();
      case 'refuseAfterCommit':
        // Committed, then answered with an error: 15 (not printed) or 5 (internal error).
        return answer(res, refusal(fault.code, fault.message));
    }
  };

  const server = await serveTraining({
    host,
    port: options.port,
    maxRequestBytes,
    handle: (req, res, body) => {
      const route = (req.url ?? '/').replace(/^\//, '');
      if (req.method === 'GET' && route === '__state') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ documents: memory.documents.length, shift: memory.shift, closedShifts: memory.closed.length, violations }));
      } else if (req.method !== 'POST') res.writeHead(405).end();
      else handle(req, res, route, body);
    },
    onClosed: () => memory.release(),
  });
  const { port } = server;
  return {
    url: `http://${host}:${port}`,
    host,
    port,
    merchantId,
    device,
    memory,
    faults,
    received,
    violations,
    close: server.close,
  };
}
