/**
 * Devices and the document disagree on spelling (`shift_open` vs `shiftOpen`, `rrn` misprinted as
 * `rm` or `rn`), so every answer is read with camelCase keys and known misprints put right.
 */
const misprints: Record<string, string> = { rm: 'rrn', rn: 'rrn' };

function camelCase(key: string): string {
  return key.replace(/_+([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Answers nest a few levels; below this depth nothing is read, so keys are left as they are (and the stack is safe). */
const maxDepth = 32;

export function normalizeKeys(value: unknown, depth = 0): unknown {
  if (depth > maxDepth) return value;
  if (Array.isArray(value)) return value.map((inner) => normalizeKeys(inner, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const name = misprints[key] ?? camelCase(key);
    // Assigning `__proto__` would set the object's prototype: an answer's fields would be inherited, not its own.
    if (name === '__proto__') continue;
    // When both spellings are present, the document's own camelCase wins.
    if (name in out && name !== key && key !== name) continue;
    out[name] = normalizeKeys(inner, depth + 1);
  }
  return out;
}
