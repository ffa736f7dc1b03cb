import { createSocket, type Socket } from 'node:dgram';
import { isLoopbackHost } from '../../loopback';

export interface SsdpResponderOptions {
  /** Loopback only: tests and the web host search by unicast, never multicast. */
  host: string;
  port?: number;
  /** What LOCATION says: the register's http://host:port. */
  location: string;
  serial: string;
  /** The ST this responder announces; something else than ikassa-smartx plays a foreign device. */
  searchTarget?: string;
}

export interface SsdpResponder {
  port: number;
  close(): Promise<void>;
}

/** Answers M-SEARCH for its ST or ssdp:all, as a SmartX register in HTTP server mode does (spec §8). */
export function startSsdpResponder(options: SsdpResponderOptions): Promise<SsdpResponder> {
  if (!isLoopbackHost(options.host)) throw new Error(`The SSDP responder listens on loopback only, not ${options.host}`);
  const st = options.searchTarget ?? 'ikassa-smartx';
  const socket: Socket = createSocket('udp4');
  socket.on('message', (data, from) => {
    const text = data.toString('utf8');
    const asked = /^ST:\s*(.+)$/im.exec(text)?.[1]?.trim();
    if (!text.startsWith('M-SEARCH') || (asked !== st && asked !== 'ssdp:all')) return;
    const reply = ['HTTP/1.1 200 OK', 'CACHE-CONTROL: max-age=1800', 'EXT:', `LOCATION: ${options.location}`, 'SERVER: Android UPnP/1.1 iKassa', `ST: ${st}`, `USN: uuid:${options.serial}::${st}`, '', ''].join('\r\n');
    socket.send(reply, from.port, from.address);
  });
  return new Promise((resolve) => {
    socket.bind(options.port ?? 0, options.host, () => {
      resolve({ port: socket.address().port, close: () => new Promise<void>((done) => socket.close(() => done())) });
    });
  });
}
