import { connect } from 'node:net';

/**
 * Whether something accepts TCP at host:port: undefined when it does, else why not
 * (ECONNREFUSED, EHOSTUNREACH, timeout). Opens and closes a connection, sends nothing.
 */
export function tcpProbe(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (problem: string | undefined) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done('timeout'));
    socket.once('connect', () => done(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
}
