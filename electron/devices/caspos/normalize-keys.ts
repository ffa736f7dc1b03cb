/**
 * Devices and the document disagree on spelling (`shift_open` vs `shiftOpen`, `rrn` misprinted as
 * `rm` or `rn`), so every answer is read with camelCase keys and known misprints put right.
 */
const misprints: Record<string, string> = { rm: 'rrn', rn: 'rrn' };

function camelCase(key: string): string {
  return key.replace(/_+([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function normalizeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = misprints[key] ?? camelCase(key);
    // When both spellings are present, the document's own camelCase wins.
    if (name in out && name !== key && key !== name) continue;
    out[name] = normalizeKeys(inner);
  }
  return out;
}
