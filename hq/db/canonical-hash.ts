import { createHash } from 'node:crypto';

/** JSON with the keys of every object sorted: the same content gives the same bytes, whoever sent it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of the canonical JSON: how a repeated push is told from a changed one. */
export function contentHash(value: unknown): Buffer {
  return createHash('sha256').update(canonicalJson(value)).digest();
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
