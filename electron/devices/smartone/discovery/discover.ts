import type { DiscoveredDevice, DiscoveryProgress } from '../../driver';
import { hostsOf } from '../../ranges';
import { tcpProbe } from '../../tcp-probe';
import { SmartOneClient } from '../client';

/** 8008 is the device's port; 10155 the test port INTEK's client names. */
export const smartOnePorts = [8008, 10155] as const;

export interface DiscoveryOptions {
  ranges: readonly string[];
  ports?: readonly number[];
  /** Connections tried at once. */
  concurrency?: number;
  connectTimeoutMs?: number;
  onProgress?: (progress: DiscoveryProgress) => void;
}

/**
 * What a signed /check_shift tells of whatever listens: a SmartOne envelope is a SmartOne, and a
 * signature refusal (code 1) is a SmartOne whose merchant id we do not have yet: listed, not hidden.
 */
async function confirm(url: string): Promise<DiscoveredDevice['info'] | undefined> {
  const reply = await new SmartOneClient({ url, merchantId: '', connectTimeoutMs: 1_000, answerTimeoutMs: 2_000 }).call('check_shift', '{}');
  if (reply.kind === 'unknown') return undefined;
  return { model: 'SmartOne Cashbox', state: reply.envelope.code === 1 ? 'signatureRefused' : 'answering' };
}

/**
 * Finds SmartOne devices in IPv4 ranges (no SSDP): every host is tried on each port, and what
 * accepts TCP is asked a signed /check_shift. Bounded in concurrency; the device id is its host and port.
 */
export async function discoverSmartOne(options: DiscoveryOptions): Promise<DiscoveredDevice[]> {
  const hosts = options.ranges.flatMap(hostsOf);
  const found: DiscoveredDevice[] = [];
  let next = 0;
  let scanned = 0;
  const worker = async () => {
    while (next < hosts.length) {
      const host = hosts[next++]!;
      for (const port of options.ports ?? smartOnePorts) {
        if ((await tcpProbe(host, port, options.connectTimeoutMs ?? 400)) !== undefined) continue;
        const url = `http://${host}:${port}`;
        const info = await confirm(url);
        if (info) found.push({ url, host, info });
      }
      // Progress counts addresses, as every system's scan does; each address is tried on both ports.
      scanned += 1;
      options.onProgress?.({ scanned, total: hosts.length, found: found.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 128, hosts.length) }, worker));
  return found.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
}
