import type { DeviceInfo } from '../../../../shared/fiscal/device-results';
import { tcpProbe } from '../../tcp-probe';
import { CasposClient } from '../client';
import { hostsOf } from '../../ranges';

export interface DiscoveredDevice {
  url: string;
  host: string;
  info: DeviceInfo;
}

export interface DiscoveryOptions {
  ranges: readonly string[];
  port?: number;
  /** Connections tried at once. */
  concurrency?: number;
  /** Per host: a device on the LAN answers a TCP connect within milliseconds. */
  connectTimeoutMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { scanned: number; total: number; found: number }) => void;
}

export const casposPort = 5544;

/**
 * Finds Caspos devices: every host of the ranges that accepts TCP on 5544 is asked getInfo, and
 * only those that answer it as a Caspos device are returned. Bounded in concurrency and time,
 * and stopped by the signal.
 */
export async function discoverCaspos(options: DiscoveryOptions): Promise<DiscoveredDevice[]> {
  const port = options.port ?? casposPort;
  const hosts = options.ranges.flatMap(hostsOf);
  const found: DiscoveredDevice[] = [];
  let next = 0;
  let scanned = 0;
  const worker = async () => {
    while (next < hosts.length && !options.signal?.aborted) {
      const host = hosts[next++]!;
      if ((await tcpProbe(host, port, options.connectTimeoutMs ?? 400)) === undefined) {
        const url = `http://${host}:${port}/`;
        const info = await new CasposClient({ url, credentials: { username: 'username', password: 'password' }, auth: 'integration', connectTimeoutMs: 1_000, answerTimeoutMs: 2_000 }).getInfo();
        if (info.kind === 'done' && info.value) found.push({ url, host, info: info.value });
      }
      scanned += 1;
      options.onProgress?.({ scanned, total: hosts.length, found: found.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 128, hosts.length) }, worker));
  return found.sort((a, b) => a.host.localeCompare(b.host, 'en', { numeric: true }));
}
