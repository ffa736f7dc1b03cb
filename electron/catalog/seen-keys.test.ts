import { describe, expect, it } from 'vitest';
import { SeenKeys } from './seen-keys';

describe('SeenKeys', () => {
  it('answers as a Set of the texts would, through growth, for digits, leading zeros, long digits and other text', () => {
    const keys = new SeenKeys();
    const reference = new Set<string>();
    // A deterministic walk that repeats values: barcodes sharing prefixes, and texts that are
    // numbers only when read (leading zero, too long for a number to hold exactly, letters).
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const shapes = [
      (n: number) => String(4760000000000 + (n % 150_000)),
      (n: number) => `0${n % 5_000}`,
      (n: number) => `${n % 3_000}`.padStart(17, '9'),
      (n: number) => `A-${n % 4_000}`,
      (n: number) => String((n % 40_000) * 4294967296 + 1),
    ];
    let repeats = 0;
    for (let i = 0; i < 400_000; i++) {
      const n = next();
      // The high bits: a linear congruential walk's low bits repeat with a short period.
      const text = shapes[(n >>> 16) % shapes.length]!(next() >>> 8);
      const expected = reference.has(text);
      reference.add(text);
      if (expected) repeats++;
      if (keys.seen(text) !== expected) throw new Error(`${text}: expected seen = ${expected} at step ${i}`);
    }
    // The walk must have both found repeats and kept adding new keys well past the first table (32,768 numbers).
    expect(repeats).toBeGreaterThan(100_000);
    expect(reference.size).toBeGreaterThan(100_000);
  });
});
