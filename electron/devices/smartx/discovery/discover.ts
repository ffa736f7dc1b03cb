import type { DeviceInfo } from '../../../../shared/fiscal/device-results';
import type { DiscoveredDevice, DiscoveryProgress } from '../../driver';
import { hostsOf, isLoopbackRange } from '../../ranges';
import { tcpProbe } from '../../tcp-probe';
import { BaseResponse, OtherInfo } from '../answers';
import { SmartXClient } from '../client';
import { defaultOperationNames } from '../operations';
import { apiUrlOf, searchSmartX, ssdpMulticast } from './ssdp';

export const smartxPort = 37015;

export interface SmartXDiscoveryOptions {
  ranges: readonly string[];
  /** Where the M-SEARCH goes; default the multicast group, or nowhere when every range is loopback (the web host). */
  ssdpTargets?: readonly { host: string; port: number }[];
  mxSeconds?: number;
  /** The TCP port scanned where multicast is blocked. */
  port?: number;
  onProgress?: (progress: DiscoveryProgress) => void;
}

/**
 * What OTHER_INFO says of the register at `url`, or null when no SmartX answers there. Any valid
 * answer confirms it, a 401 too: the installer enters the PIN afterwards.
 */
export async function confirm(url: string): Promise<DeviceInfo | null> {
  const reply = await new SmartXClient({ url, pin: '', operationNames: defaultOperationNames, connectTimeoutMs: 1_000, answerTimeoutMs: 2_000 }).call('info', '');
  if (reply.kind !== 'answered' || !BaseResponse.safeParse(reply.json).success) return null;
  const info = OtherInfo.safeParse(reply.json);
  return {
    model: 'iKassa SmartX',
    ...(info.success && info.data.registerNumberSKO ? { cashRegisterFactoryNumber: info.data.registerNumberSKO } : {}),
    ...(info.success && info.data.serialNumber ? { cashboxFactoryNumber: info.data.serialNumber } : {}),
  };
}

/**
 * SSDP first (every reply, LOCATION + /v1, each confirmed with OTHER_INFO), then a TCP scan of
 * 37015 over the ranges for registers multicast did not reach (Wi-Fi isolation, VLANs).
 */
export async function discoverSmartX(options: SmartXDiscoveryOptions): Promise<DiscoveredDevice[]> {
  const found = new Map<string, DiscoveredDevice>();
  const targets = options.ssdpTargets ?? (options.ranges.every(isLoopbackRange) ? [] : [ssdpMulticast]);
  for (const to of targets) {
    for (const reply of await searchSmartX({ to, mxSeconds: options.mxSeconds ?? 3 })) {
      const url = apiUrlOf(reply.location);
      const info = url ? await confirm(url) : null;
      if (url && info) found.set(url, { url, host: new URL(url).hostname, info });
    }
  }
  const port = options.port ?? smartxPort;
  const hosts = options.ranges.flatMap(hostsOf).filter((host) => ![...found.values()].some((device) => device.host === host));
  let scanned = 0;
  for (const host of hosts) {
    if ((await tcpProbe(host, port, 400)) === undefined) {
      const url = `http://${host}:${port}/v1`;
      const info = await confirm(url);
      if (info) found.set(url, { url, host, info });
    }
    scanned += 1;
    options.onProgress?.({ scanned, total: hosts.length, found: found.size });
  }
  return [...found.values()].sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
}
