import { createServer, request, type Server } from 'node:https';
import { tillApiPaths } from '../shared/office/till-api';
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

export interface WireCounts {
  forwarded: number;
  dropped: number;
  /** Of those dropped, answers to a push: documents the office stored while the till heard nothing. */
  droppedPushes: number;
  unreachable: number;
}

export interface AnswerDroppingProxy {
  /** What a till joins: `https://127.0.0.1:<port>`, which outlives the office's own restarts. */
  address: string;
  /** The office's current port (it takes a new one at each start). */
  setTarget(port: number): void;
  /** Share of answers cut after the office gave them; 0 passes everything through. */
  setDropRate(rate: number): void;
  counts(): WireCounts;
  close(): Promise<void>;
}

/**
 * The network between tills and their office, failing in the way that makes syncs duplicate:
 * each request reaches the office whole and the office answers, but at random the answer is
 * thrown away and the till's connection cut, so the till cannot know its push arrived. It ends
 * TLS with the office's own certificate and key (a till pins the office's fingerprint, and this
 * stands where the office's wire is), so it sees whole requests and whole answers, never bytes
 * half-way through a TLS record. Loopback only.
 */
export async function startAnswerDroppingProxy(certificate: { cert: string; key: string }, random: () => number): Promise<AnswerDroppingProxy> {
  let target = 0;
  let dropRate = 0;
  const counts: WireCounts = { forwarded: 0, dropped: 0, droppedPushes: 0, unreachable: 0 };
  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () => {
      const upstream = request(
        {
          host: '127.0.0.1',
          port: target,
          method: req.method,
          path: req.url,
          headers: forwardable(req.headers),
          // The office's certificate is the one this proxy serves: trusted by that, not by a name.
          ca: certificate.cert,
          checkServerIdentity: () => undefined,
          agent: false,
        },
        (answer) => {
          const answerBody: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => answerBody.push(chunk));
          answer.on('end', () => {
            if (random() < dropRate) {
              counts.dropped += 1;
              if (req.url === tillApiPaths.push) counts.droppedPushes += 1;
              req.socket.destroy();
              return;
            }
            counts.forwarded += 1;
            res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
            res.end(Buffer.concat(answerBody));
          });
          answer.on('error', () => req.socket.destroy());
        },
      );
      // The office is down (killed, starting): the till sees its connection cut, as on a real wire.
      upstream.on('error', () => {
        counts.unreachable += 1;
        req.socket.destroy();
      });
      upstream.end(Buffer.concat(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    address: `https://127.0.0.1:${port}`,
    setTarget: (next) => {
      target = next;
    },
    setDropRate: (rate) => {
      dropRate = rate;
    },
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Hop-by-hop headers belong to each connection, not to the request or the answer. */
function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const rest = { ...headers };
  for (const name of ['connection', 'keep-alive', 'transfer-encoding']) delete rest[name];
  return rest;
}
