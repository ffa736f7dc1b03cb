import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultPlan } from './faults';
import { trainingIdentity, type DeviceIdentity } from './identity';
import { FiscalMemory } from './memory';
import { TrainingDevice, type DeviceAnswer, type TrainingDeviceSettings } from './training-device';
import { serveTraining } from '../../training-server';

export interface CasposSimulatorOptions {
  /** Loopback only: 127.0.0.0/8. Discovery tests run several devices on 127.0.0.x. */
  host?: string;
  /** 0 picks a free port; a real device listens on 5544. */
  port?: number;
  /** A file keeps the fiscal memory across restarts; default in memory. */
  memoryFile?: string;
  now?: () => Date;
  settings?: Partial<TrainingDeviceSettings>;
  identity?: DeviceIdentity;
  random?: () => number;
}

export interface CasposSimulator {
  url: string;
  host: string;
  port: number;
  device: TrainingDevice;
  memory: FiscalMemory;
  faults: FaultPlan;
  /** The request bodies received, oldest first (the last 10,000), for tests that compare bytes. */
  received: string[];
  close(): Promise<void>;
}

const maxRequestBytes = 1024 * 1024;
const keptRequests = 10_000;

/** The training device on HTTP, as a real Caspos Mobile: POST JSON to the root. */
export async function startCasposSimulator(options: CasposSimulatorOptions = {}): Promise<CasposSimulator> {
  const host = options.host ?? '127.0.0.1';
  const memory = new FiscalMemory(options.memoryFile);
  const device = new TrainingDevice(memory, options.now ?? (() => new Date()), options.settings, options.identity ?? trainingIdentity);
  const faults = new FaultPlan(options.random);
  const received: string[] = [];

  const answer = (res: ServerResponse, body: DeviceAnswer) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    received.push(raw);
    if (received.length > keptRequests) received.shift();
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      answer(res, { code: '1002', message: 'json: input is not recognized' });
      return;
    }
    const named = (parsed as { operation?: unknown } | null)?.operation;
    const operation = typeof named === 'string' ? named : '';
    const fault = faults.take(operation);
    if (fault?.kind === 'dropBeforeCommit') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'http500') {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
      return;
    }
    const result = device.handle(parsed, raw);
    switch (fault?.kind) {
      case undefined:
        answer(res, result);
        return;
      case 'delay':
        setTimeout(() => answer(res, result), fault.ms);
        return;
      case 'answerTimeout':
        server.hold(req.socket);
        return;
      case 'dropAfterCommit':
        req.socket.destroy();
        return;
      case 'garbage':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end('\u0000{"code": "0", "mess');
        return;
      case 'empty':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end();
        return;
      case 'refuseAfterCommit':
        answer(res, { code: String(fault.code), message: fault.message });
        return;
    }
  };

  const server = await serveTraining({
    host,
    port: options.port,
    maxRequestBytes,
    handle: (req, res, body) => {
      if (req.method !== 'POST' || (req.url ?? '/') !== '/') {
        res.writeHead(404).end();
        return;
      }
      handle(req, res, body);
    },
    onClosed: () => memory.close(),
  });
  const { port } = server;
  return {
    url: `http://${host}:${port}/`,
    host,
    port,
    device,
    memory,
    faults,
    received,
    close: server.close,
  };
}
