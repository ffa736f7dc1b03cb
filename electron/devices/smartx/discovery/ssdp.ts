import { createSocket } from 'node:dgram';

export const smartxSearchTarget = 'ikassa-smartx';
export const ssdpMulticast = { host: '239.255.255.250', port: 1900 };

export interface SsdpReply {
  /** LOCATION as the register gave it (expected http://<ip>:37015, G). */
  location: string;
  usn: string;
  from: string;
}

export interface SearchOptions {
  /** Where the M-SEARCH goes: the multicast group on a LAN; a loopback responder in tests and on the web host. */
  to: { host: string; port: number };
  /** `ssdp:all` answers count only when they name ikassa-smartx (FGB SsdpDiscovery). */
  searchTarget?: string;
  mxSeconds?: number;
}

/** The headers of one SSDP reply, names upper-cased. */
function headersOf(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toUpperCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * One M-SEARCH (INTRO: `ssdp discover --st 'ikassa-smartx'`), listening MX + 1 s for every reply:
 * the field client keeps only the first, we list every register. Replies that do not name
 * ikassa-smartx, or carry no LOCATION, are ignored.
 */
export function searchSmartX(options: SearchOptions): Promise<SsdpReply[]> {
  const st = options.searchTarget ?? smartxSearchTarget;
  const mx = options.mxSeconds ?? 3;
  const message = ['M-SEARCH * HTTP/1.1', `HOST: ${ssdpMulticast.host}:${ssdpMulticast.port}`, 'MAN: "ssdp:discover"', `MX: ${mx}`, `ST: ${st}`, '', ''].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const replies = new Map<string, SsdpReply>();
    socket.on('message', (data, from) => {
      const text = data.toString('utf8');
      if (!text.startsWith('HTTP/1.1 200') || !text.toLowerCase().includes(smartxSearchTarget)) return;
      const headers = headersOf(text);
      const location = headers.get('LOCATION');
      if (!location) return;
      const usn = headers.get('USN') ?? location;
      if (!replies.has(usn)) replies.set(usn, { location, usn, from: from.address });
    });
    socket.on('error', (error) => {
      socket.close();
      reject(error);
    });
    socket.bind(0, () => {
      socket.send(message, options.to.port, options.to.host, (error) => {
        if (error) socket.emit('error', error);
      });
      setTimeout(() => {
        socket.close();
        resolve([...replies.values()]);
      }, (mx + 1) * 1000);
    });
  });
}

/** The register's API address from its LOCATION: the origin + /v1. */
export function apiUrlOf(location: string): string | null {
  try {
    const url = new URL(location);
    return url.protocol === 'http:' ? `${url.origin}/v1` : null;
  } catch {
    return null;
  }
}
