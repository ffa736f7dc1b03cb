import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmartXSimulator, type SmartXSimulator } from '../simulator/server';
import { startSsdpResponder, type SsdpResponder } from '../simulator/ssdp';
import { discoverSmartX } from './discover';
import { searchSmartX } from './ssdp';

/** Check 13: SSDP by unicast M-SEARCH to loopback responders only, never multicast. */
describe('check 13: SmartX discovery', () => {
  const registers: SmartXSimulator[] = [];
  const responders: SsdpResponder[] = [];

  beforeAll(async () => {
    for (const host of ['127.0.0.82', '127.0.0.83']) {
      // Each register answers SSDP on the same UDP port of its own loopback address; the search goes to each.
      registers.push(await startSmartXSimulator({ host, ssdpPort: 41900, settings: { serialNumber: `SX-${host}`, auth: 'off' } }));
    }
    // A foreign UPnP device on the same port: its reply never names ikassa-smartx.
    responders.push(await startSsdpResponder({ host: '127.0.0.84', port: 41900, location: 'http://127.0.0.84:8080', serial: 'TV', searchTarget: 'urn:schemas-upnp-org:device:MediaRenderer:1' }));
  });
  afterAll(async () => {
    await Promise.all([...registers.map((r) => r.close()), ...responders.map((r) => r.close())]);
  });

  it('lists both registers with LOCATION + /v1, confirmed by OTHER_INFO, and ignores the foreign reply', async () => {
    const started = process.hrtime.bigint();
    const found = await discoverSmartX({
      ranges: [],
      ssdpTargets: ['127.0.0.82', '127.0.0.83', '127.0.0.84'].map((host) => ({ host, port: 41900 })),
      mxSeconds: 1,
    });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(found.map((device) => device.url)).toEqual(registers.map((register) => register.url));
    expect(found.map((device) => device.info.cashboxFactoryNumber)).toEqual(['SX-127.0.0.82', 'SX-127.0.0.83']);
    // Three searches in a row, each listening MX + 1 s, plus the OTHER_INFO confirmations.
    expect(elapsedMs).toBeLessThan(3 * 2_000 + 2_000);
  }, 20_000);

  it('takes an ssdp:all answer only when it names ikassa-smartx', async () => {
    const all = await searchSmartX({ to: { host: '127.0.0.84', port: 41900 }, searchTarget: 'ssdp:all', mxSeconds: 1 });
    expect(all).toEqual([]);
    const smartx = await searchSmartX({ to: { host: '127.0.0.82', port: 41900 }, searchTarget: 'ssdp:all', mxSeconds: 1 });
    expect(smartx.map((reply) => reply.location)).toEqual([`http://127.0.0.82:${registers[0]!.port}`]);
  }, 20_000);

  it('finds a register by its TCP port where multicast is blocked', async () => {
    const found = await discoverSmartX({ ranges: ['127.0.0.83/32'], port: registers[1]!.port });
    expect(found.map((device) => device.url)).toEqual([registers[1]!.url]);
  }, 20_000);
});
