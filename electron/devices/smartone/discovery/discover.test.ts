import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmartOneSimulator, type SmartOneSimulator } from '../simulator/server';
import { discoverSmartOne } from './discover';

/** Spec §10 check 13, on loopback only: two training devices on 8008 and 10155, and a web server that is not one. */
let devices: SmartOneSimulator[] = [];
let stranger: Server;

beforeAll(async () => {
  devices = await Promise.all([startSmartOneSimulator({ host: '127.0.0.73', port: 8008 }), startSmartOneSimulator({ host: '127.0.0.74', port: 10155 })]);
  stranger = createServer((_req, res) => res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html>router</html>'));
  await new Promise<void>((resolve) => stranger.listen(8008, '127.0.0.75', resolve));
});
afterAll(async () => {
  await Promise.all(devices.map((d) => d.close()));
  await new Promise((resolve) => stranger.close(resolve));
});

describe('acceptance check 13: SmartOne discovery', () => {
  it('finds both devices in a loopback /24, each listed as a SmartOne that refused the signature (a scan holds no merchant id), and not the web server', async () => {
    const progress: number[] = [];
    const found = await discoverSmartOne({ ranges: ['127.0.0.0/24'], onProgress: (p) => progress.push(p.scanned) });
    const ours = found.filter((d) => ['127.0.0.73', '127.0.0.74', '127.0.0.75'].includes(d.host));
    expect(ours).toEqual([
      { url: 'http://127.0.0.73:8008', host: '127.0.0.73', info: { model: 'SmartOne Cashbox', state: 'signatureRefused' } },
      { url: 'http://127.0.0.74:10155', host: '127.0.0.74', info: { model: 'SmartOne Cashbox', state: 'signatureRefused' } },
    ]);
    expect(progress.at(-1)).toBe(254);
  }, 60_000);
});
