import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minCodeLength, scannedCode, type TimedKey } from './burst';

const keys = (code: string, gap: number, start = 0) => [...code].map((key, i) => ({ key, at: start + i * gap }));

describe('scannedCode', () => {
  it('reads a burst ending in Enter as a code', () => {
    expect(scannedCode(keys('4760001000017', 5), 13 * 5, 50)).toEqual({ code: '4760001000017', typedBefore: 0 });
  });

  it('does not take a person’s typing for a scan', () => {
    expect(scannedCode(keys('4760001000017', 120), 13 * 120, 50).code).toBeUndefined();
    expect(scannedCode(keys('12', 5), 10, 50).code).toBeUndefined();
    expect(scannedCode(keys('47600010', 5), 40 + 500, 50).code).toBeUndefined();
  });

  it('tells the keys a person typed before a burst from the burst, losing none of them', () => {
    const typed = keys('12', 300);
    const burst = keys('4770010012340', 4, 2_000);
    expect(scannedCode([...typed, ...burst], 2_000 + 13 * 4, 50)).toEqual({ code: '4770010012340', typedBefore: 2 });
  });

  it('for any timings: the code is the whole burst before Enter, every key before it is handed on, and a slow key is never part of a code', () => {
    const gapMs = 50;
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom(...'0123456789abcx'), gap: fc.integer({ min: gapMs + 1, max: 2_000 }) }), { maxLength: 6 }),
        fc.array(fc.record({ key: fc.constantFrom(...'0123456789'), gap: fc.integer({ min: 0, max: gapMs }) }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: gapMs }),
        (human, scanner, enterGap) => {
          const all: TimedKey[] = [];
          let at = 0;
          for (const { key, gap } of human) all.push({ key, at: (at += gap) });
          // The first scanned key comes more than the gap after the last typed one.
          at += gapMs + 1;
          scanner.forEach(({ key, gap }, i) => all.push({ key, at: i === 0 ? at : (at += gap) }));
          const result = scannedCode(all, at + enterGap, gapMs);
          if (scanner.length >= minCodeLength) {
            expect(result).toEqual({ code: scanner.map((k) => k.key).join(''), typedBefore: human.length });
          } else {
            expect(result).toEqual({ code: undefined, typedBefore: all.length });
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
