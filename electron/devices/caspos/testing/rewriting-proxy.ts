import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Changes the `data` of one answer; return it unchanged to pass the answer through. */
export type AnswerRewrite = (data: Record<string, unknown>) => Record<string, unknown>;

export interface RewritingProxy {
  url: string;
  /** The next answer to `operation` goes through `rewrite`; later ones pass unchanged. */
  rewriteNext(operation: string, rewrite: AnswerRewrite): void;
  close(): Promise<void>;
}

/**
 * A man in the middle on 127.0.0.1 in front of a device: requests pass untouched, and chosen
 * answers come back with other figures, as from a faulty or forged device. The app under test
 * talks to the proxy as it would to the device.
 */
export async function startRewritingProxy(deviceUrl: string): Promise<RewritingProxy> {
  const target = new URL(deviceUrl);
  const planned: { operation: string; rewrite: AnswerRewrite }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = (JSON.parse(body.toString('utf8')) as { operation?: string }).operation ?? '';
      const forward = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: req.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => parts.push(chunk));
        answer.on('end', () => {
          let text = Buffer.concat(parts).toString('utf8');
          const index = planned.findIndex((p) => p.operation === operation);
          const rewrite = index >= 0 ? planned.splice(index, 1)[0]?.rewrite : undefined;
          if (rewrite) {
            const parsed = JSON.parse(text) as { data?: Record<string, unknown> };
            text = JSON.stringify({ ...parsed, data: rewrite(parsed.data ?? {}) });
          }
          res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(text);
        });
      });
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    rewriteNext: (operation, rewrite) => planned.push({ operation, rewrite }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
