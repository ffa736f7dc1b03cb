import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isLoopbackHost } from './loopback';

export interface TrainingServerOptions {
  /** Loopback only: 127.0.0.0/8. */
  host: string;
  /** 0 picks a free port. */
  port?: number;
  /** A request's body is read up to this size; beyond it the connection is cut. */
  maxRequestBytes: number;
  /** Answers one request whose body has been read; may throw when the device's memory cannot be written. */
  handle(req: IncomingMessage, res: ServerResponse, body: string): void;
  /** Called once the server has stopped: the device lets go of its memory. */
  onClosed(): void;
}

export interface TrainingServer {
  port: number;
  /** Keeps a connection open without an answer (a device that never answers) until close. */
  hold: (socket: Socket) => void;
  close: () => Promise<void>;
}

/**
 * The HTTP side every training device shares: listens on loopback only, reads each body within
 * a bound, answers 500 when the device's memory cannot be written (nothing was fiscalised, so
 * the app hears no answer and sends the same document again later), and stops cleanly.
 */
export async function serveTraining(options: TrainingServerOptions): Promise<TrainingServer> {
  if (!isLoopbackHost(options.host)) throw new Error(`The training device listens on loopback addresses only, not ${options.host}`);
  const held = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxRequestBytes) req.socket.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        options.handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    hold: (socket) => {
      held.add(socket);
      socket.once('close', () => held.delete(socket));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of held) socket.destroy();
        server.close(() => {
          options.onClosed();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
