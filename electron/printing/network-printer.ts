import { Socket } from 'node:net';
import { paperOut, paperStatusRequest } from '../../shared/printing/escpos';
import type { PrintProblem } from '../../shared/printing/printer-settings';

export type PrintOutcome = { ok: true } | { ok: false; problem: PrintProblem; detail: string };

export interface NetworkTarget {
  host: string;
  port: number;
}

export interface NetworkTimeouts {
  connectMs: number;
  /** How long the paper status may take; a printer that keeps silent is printed to anyway. */
  statusMs: number;
  /** The whole job, from the status to the printer's close. */
  jobMs: number;
}

export const defaultNetworkTimeouts: NetworkTimeouts = { connectMs: 3_000, statusMs: 1_500, jobMs: 15_000 };

/**
 * One print job to an ESC/POS printer on raw TCP (port 9100): connect, ask the paper sensor,
 * send the bytes, close. Every way it fails is an outcome, never an exception: a print must not
 * disturb the sale it belongs to.
 */
export function printOverTcp(target: NetworkTarget, job: Uint8Array, timeouts: NetworkTimeouts = defaultNetworkTimeouts): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let settled = false;
    let phase: 'connect' | 'status' | 'job' = 'connect';
    const finish = (outcome: PrintOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    let timer = setTimeout(() => finish({ ok: false, problem: 'offline', detail: `no connection to ${target.host}:${target.port} in ${timeouts.connectMs} ms` }), timeouts.connectMs);
    const send = () => {
      if (phase !== 'status') return;
      phase = 'job';
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, problem: 'timeout', detail: `the printer took the job for longer than ${timeouts.jobMs} ms` }), timeouts.jobMs);
      socket.end(job);
    };
    socket.on('connect', () => {
      phase = 'status';
      clearTimeout(timer);
      timer = setTimeout(send, timeouts.statusMs);
      socket.write(Uint8Array.from(paperStatusRequest));
    });
    socket.on('data', (data) => {
      if (phase !== 'status' || data.length === 0) return;
      if (paperOut(data[0]!)) finish({ ok: false, problem: 'paperOut', detail: 'the printer reports its paper roll out' });
      else send();
    });
    socket.on('close', () => finish(phase === 'job' ? { ok: true } : { ok: false, problem: 'offline', detail: 'the printer closed the connection before the job' }));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, problem: phase === 'connect' ? 'offline' : 'failed', detail: `${error.code ?? error.name} at ${target.host}:${target.port}` }),
    );
    socket.connect(target.port, target.host);
  });
}
