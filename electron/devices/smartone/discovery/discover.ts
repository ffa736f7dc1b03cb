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
 * Finds SmartOne devices in IPv4 ranges (no SSDP): every host and port that accepts TCP is asked a
 * signed /check_shift. Bounded in concurrency; the device id is its host and port.
 */
export async function discoverSmartOne(options: DiscoveryOptions): Promise<DiscoveredDevice[]> {
  const targets = options.ranges.flatMap(hostsOf).flatMap((host) => (options.ports ?? smartOnePorts).map((port) => ({ host, port })));
  const found: DiscoveredDevice[] = [];
  let next = 0;
  let scanned = 0;
  const worker = async () => {
    while (next < targets.length) {
      const { host, port } = targets[next++]!;
      if ((await tcpProbe(host, port, options.connectTimeoutMs ?? 400)) === undefined) {
        const url = `http://${host}:${port}`;
        const info = await confirm(url);
        if (info) found.push({ url, host, info });
      }
      scanned += 1;
      options.onProgress?.({ scanned, total: targets.length, found: found.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 128, targets.length) }, worker));
  return found.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
}
