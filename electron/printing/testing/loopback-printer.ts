import { createServer, type Socket } from 'node:net';
import { epsonPages, EscPosReader, type PageTable, type PrintedJob } from './escpos-reader';

export interface LoopbackPrinterOptions {
  /** One of the lane's loopback addresses (127.0.0.71-79), or 127.0.0.1. */
  host?: string;
  pages?: PageTable;
}

/**
 * A network receipt printer on loopback for tests: it takes raw ESC/POS on TCP as a JetDirect
 * port does, answers the paper status, and reads every job (one connection) back into its
 * lines, QR codes, cuts and drawer kicks.
 */
export interface LoopbackPrinter {
  host: string;
  port: number;
  /** Jobs whose connection has ended, oldest first. */
  jobs: PrintedJob[];
  /** The roll has run out: the paper status says so. */
  paperOut: boolean;
  /** The printer keeps silent to status requests (some do). */
  answersStatus: boolean;
  /** Resolves when `count` jobs have ended. */
  waitForJobs(count: number): Promise<PrintedJob[]>;
  close(): Promise<void>;
}

export async function startLoopbackPrinter(options: LoopbackPrinterOptions = {}): Promise<LoopbackPrinter> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: (jobs: PrintedJob[]) => void }[] = [];
  const printer: LoopbackPrinter = {
    host,
    port: 0,
    jobs: [],
    paperOut: false,
    answersStatus: true,
    waitForJobs: (count) => new Promise((resolve) => (printer.jobs.length >= count ? resolve(printer.jobs) : waiters.push({ count, resolve }))),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((socket) => {
    sockets.add(socket);
    // Paper status (DLE EOT 4): 0x12 is "paper present" with the fixed bits; 0x72 adds "roll out".
    const reader = new EscPosReader(
      options.pages ?? epsonPages,
      (request) => (printer.answersStatus && request === 4 ? (printer.paperOut ? 0x72 : 0x12) : undefined),
      (byte) => socket.write(Uint8Array.of(byte)),
    );
    socket.on('data', (chunk) => reader.feed(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      const job = reader.end();
      // A connection that printed nothing (a status check alone) is no job.
      if (job.lines.length === 0 && job.cuts === 0 && job.drawerKicks === 0 && job.qrCodes.length === 0) return;
      printer.jobs.push(job);
      for (const waiter of waiters.filter((w) => printer.jobs.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(printer.jobs);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  printer.port = (server.address() as { port: number }).port;
  return printer;
}
