import { z } from 'zod';

/** A /22 (1,022 hosts) at most per range: a shop's LAN, not the city's. */
export const largestPrefix = 22;

const Cidr = z.string().regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/);

export class BadRangeError extends Error {}

function toNumber(parts: number[]): number {
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

function toAddress(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** The network address of `address` under a prefix: 198.51.100.23 with 24 -> 198.51.100.0. */
export function networkOf(address: string, prefix: number): string {
  const size = 2 ** (32 - prefix);
  return toAddress(Math.floor(toNumber(address.split('.').map(Number)) / size) * size);
}

/** The host addresses of an IPv4 range such as 192.0.2.0/24, network and broadcast left out. */
export function hostsOf(range: string): string[] {
  const match = Cidr.safeParse(range);
  if (!match.success) throw new BadRangeError(`Not an IPv4 range like 192.0.2.0/24: ${range}`);
  const [address, prefixText] = range.split('/') as [string, string];
  const parts = address.split('.').map(Number);
  const prefix = Number(prefixText);
  if (parts.some((p) => p > 255) || prefix > 32) throw new BadRangeError(`Not an IPv4 range: ${range}`);
  if (prefix < largestPrefix) throw new BadRangeError(`${range} is larger than a /${largestPrefix}`);
  const size = 2 ** (32 - prefix);
  const network = toNumber(networkOf(address, prefix).split('.').map(Number));
  if (size <= 2) return Array.from({ length: size }, (_, i) => toAddress(network + i));
  return Array.from({ length: size - 2 }, (_, i) => toAddress(network + 1 + i));
}

export function isLoopbackRange(range: string): boolean {
  return /^127\./.test(range);
}

/** The ranges of the PC's own networks: each IPv4 interface's network, a /22 at most. */
export function interfaceRanges(interfaces: Record<string, { family: string | number; internal: boolean; cidr?: string | null }[] | undefined>): string[] {
  const ranges = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.internal || (entry.family !== 'IPv4' && entry.family !== 4) || !entry.cidr) continue;
      const [address = '', prefix = '32'] = entry.cidr.split('/');
      const narrowed = Math.max(Number(prefix), largestPrefix);
      ranges.add(`${networkOf(address, narrowed)}/${narrowed}`);
    }
  }
  return [...ranges];
}
