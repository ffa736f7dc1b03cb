import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingIdentity } from '../simulator/identity';
import { startCasposSimulator, type CasposSimulator } from '../simulator/server';
import { discoverCaspos } from './discover';
import { hostsOf, interfaceRanges, isLoopbackRange, BadRangeError } from '../../ranges';

/** Three training devices on 127.0.0.x (loopback only), and a web server that is no Caspos. */
const devices: CasposSimulator[] = [];
let impostor: Server;
const port = 25544;

beforeAll(async () => {
  for (const [host, n] of [['127.0.0.21', 1], ['127.0.0.37', 2], ['127.0.0.200', 3]] as const) {
    devices.push(await startCasposSimulator({ host, port, identity: { ...trainingIdentity, cashboxFactoryNumber: `FACTORY-${n}`, objectName: `OBYEKT ${n}` } }));
  }
  impostor = createServer((_req, res) => res.writeHead(404).end('not here'));
  await new Promise<void>((resolve) => impostor.listen(port, '127.0.0.50', resolve));
});
afterAll(async () => {
  await Promise.all(devices.map((d) => d.close()));
  await new Promise((resolve) => impostor.close(resolve));
});

describe('Caspos discovery', () => {
  it('finds exactly the three devices of a /24, with their identities, within 3 s', async () => {
    const started = Date.now();
    const progress: number[] = [];
    const found = await discoverCaspos({ ranges: ['127.0.0.0/24'], port, onProgress: (p) => progress.push(p.scanned) });
    const elapsed = Date.now() - started;
    expect(found.map((d) => [d.host, d.info.cashboxFactoryNumber, d.info.objectName])).toEqual([
      ['127.0.0.21', 'FACTORY-1', 'OBYEKT 1'],
      ['127.0.0.37', 'FACTORY-2', 'OBYEKT 2'],
      ['127.0.0.200', 'FACTORY-3', 'OBYEKT 3'],
    ]);
    expect(found[0]).toMatchObject({ url: `http://127.0.0.21:${port}/`, info: { companyName: trainingIdentity.companyName, state: 'ACTIVE' } });
    expect(progress.at(-1)).toBe(254);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const found = await discoverCaspos({
      ranges: ['127.0.0.0/24'],
      port,
      concurrency: 4,
      signal: controller.signal,
      onProgress: (p) => p.scanned === 10 && controller.abort(),
    });
    expect(found).toEqual([]);
  });
});

describe('ranges', () => {
  it('lists the hosts of a range without network and broadcast', () => {
    expect(hostsOf('127.0.0.0/30')).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(hostsOf('127.0.4.0/22')).toHaveLength(1022);
    expect(hostsOf('127.0.0.77/24')[0]).toBe('127.0.0.1');
  });

  it('refuses what is not a range, or is larger than a /22', () => {
    expect(() => hostsOf('127.0.0.0/16')).toThrow(BadRangeError);
    expect(() => hostsOf('localhost')).toThrow(BadRangeError);
    expect(() => hostsOf('127.0.300.0/24')).toThrow(BadRangeError);
  });

  it('tells loopback ranges, and takes the PC’s own networks from its interfaces', () => {
    expect(isLoopbackRange('127.0.0.0/24')).toBe(true);
    expect(isLoopbackRange('198.51.100.0/24')).toBe(false);
    expect(
      interfaceRanges({
        lo: [{ family: 'IPv4', internal: true, cidr: '127.0.0.1/8' }],
        eth0: [{ family: 'IPv4', internal: false, cidr: '198.51.100.23/24' }],
        wlan0: [
          { family: 'IPv4', internal: false, cidr: '203.0.113.9/16' },
          { family: 'IPv6', internal: false, cidr: 'fe80::1/64' },
        ],
      }),
    ).toEqual(['198.51.100.0/24', '203.0.112.0/22']);
  });
});
