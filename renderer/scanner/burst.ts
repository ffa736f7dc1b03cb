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

/**
 * Where the burst ending at Enter starts among `keys`: the keys from there on came within the gap
 * of each other and of the Enter. The keys before it were typed by a person (or belong to nothing).
 * Times are the keys' own (`KeyboardEvent.timeStamp`): when the scanner sent them, not when a busy
 * page got round to handling them, so a slow frame never splits a code.
 */
export function burstStart(keys: readonly TimedKey[], enterAt: number, burstGapMs: number): number {
  let start = keys.length;
  let next = enterAt;
  while (start > 0 && next - keys[start - 1]!.at <= burstGapMs) {
    start -= 1;
    next = keys[start]!.at;
  }
  return start;
}

/**
 * How long one pause inside a burst may be, in gaps: a wireless scanner or a busy USB hub now and
 * then holds a key back. The keys before such a pause still belong to the code when they came as
 * a burst themselves (two or more, within the gap of each other): a person types no such pair
 * and then a whole code within this pause. A single key before the pause cannot be told from a
 * person's, so it stays theirs.
 */
export const maxPauseGaps = 6;

/** Where the burst starts when one pause inside it (or before its Enter) is forgiven. */
function startAcrossOnePause(keys: readonly TimedKey[], start: number, enterAt: number, burstGapMs: number): number {
  if (start === 0) return start;
  const pause = (keys[start]?.at ?? enterAt) - keys[start - 1]!.at;
  if (pause > burstGapMs * maxPauseGaps) return start;
  const fragmentStart = burstStart(keys.slice(0, start), keys[start - 1]!.at, burstGapMs);
  return start - fragmentStart >= 2 ? fragmentStart : start;
}

/**
 * The code a burst of keys ending in Enter spells, and the keys before it that a person typed;
 * no code when the burst is too short to be one. A burst with one pause in it is read whole,
 * never cut into a person's keys and a shorter code.
 */
export function scannedCode(keys: readonly TimedKey[], enterAt: number, burstGapMs: number): { code: string | undefined; typedBefore: number } {
  const start = startAcrossOnePause(keys, burstStart(keys, enterAt, burstGapMs), enterAt, burstGapMs);
  if (keys.length - start < minCodeLength) return { code: undefined, typedBefore: keys.length };
  return { code: keys.slice(start).map((k) => k.key).join(''), typedBefore: start };
}
