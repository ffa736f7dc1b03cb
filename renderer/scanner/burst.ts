/**
 * A barcode scanner in keyboard-wedge mode types a code as a burst of keys, a few milliseconds
 * apart, and ends it with Enter. People type slower than this, even fast typists. The shop can
 * change the gap in Settings for a slow scanner (shared/settings.ts).
 */
export const minCodeLength = 4;

export interface TimedKey {
  key: string;
  at: number;
}

/** The code a burst of keys spells, or undefined when the keys were typed by a person. */
export function scannedCode(keys: readonly TimedKey[], enterAt: number, burstGapMs: number): string | undefined {
  if (keys.length < minCodeLength) return undefined;
  const times = [...keys.map((k) => k.at), enterAt];
  for (let i = 1; i < times.length; i++) if (times[i]! - times[i - 1]! > burstGapMs) return undefined;
  return keys.map((k) => k.key).join('');
}
