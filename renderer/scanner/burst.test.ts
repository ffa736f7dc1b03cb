import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxPauseGaps, minCodeLength, scannedCode, type TimedKey } from './burst';

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

  it('reads a burst with one pause in it whole, never as a person’s keys and a shorter code', () => {
    // The scan: 4770010012340 was looked up as 0010012340 after a pause behind "477".
    const cut = [...keys('477', 4), ...keys('0010012340', 4, 8 + 150)];
    expect(scannedCode(cut, 8 + 150 + 9 * 4 + 4, 50)).toEqual({ code: '4770010012340', typedBefore: 0 });
    // The pause right before Enter.
    expect(scannedCode(keys('4770010012340', 4), 12 * 4 + 200, 50)).toEqual({ code: '4770010012340', typedBefore: 0 });
    // A single key before a pause cannot be told from a person's: it stays theirs.
    const one = [...keys('4', 4), ...keys('770010012340', 4, 150)];
    expect(scannedCode(one, 150 + 11 * 4 + 4, 50)).toEqual({ code: '770010012340', typedBefore: 1 });
  });

  it('for any timings, realistic and hostile: a burst with one pause up to the limit is one code; past it, no key is lost', () => {
    const gapMs = 50;
    // Hostile gaps: none at all, exactly the limit, and everything a slow hub does in between.
    const burstGap = fc.oneof(fc.constant(0), fc.constant(gapMs), fc.integer({ min: 0, max: gapMs }));
    const digit = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: digit, gap: burstGap }), { minLength: 2, maxLength: 10 }),
        fc.array(fc.record({ key: digit, gap: burstGap }), { minLength: 0, maxLength: 10 }),
        fc.oneof(fc.constant(gapMs + 1), fc.constant(gapMs * maxPauseGaps), fc.integer({ min: gapMs + 1, max: gapMs * maxPauseGaps })),
        burstGap,
        (before, after, pause, enterGap) => {
          const all: TimedKey[] = [];
          let at = 10_000;
          before.forEach(({ key, gap }, i) => all.push({ key, at: i === 0 ? at : (at += gap) }));
          after.forEach(({ key, gap }, i) => all.push({ key, at: i === 0 ? (at += pause) : (at += gap) }));
          // With no keys after the pause, the pause is the one before Enter.
          const enterAt = after.length === 0 ? at + pause : at + enterGap;
          const code = [...before, ...after].map((k) => k.key).join('');
          const result = scannedCode(all, enterAt, gapMs);
          if (code.length >= minCodeLength) expect(result).toEqual({ code, typedBefore: 0 });
          else expect(result).toEqual({ code: undefined, typedBefore: all.length });
          // Past the limit the keys before the pause are a person's, handed on whole, never dropped.
          const late = all.map((k, i) => (i >= before.length ? { ...k, at: k.at + gapMs * maxPauseGaps } : k));
          const lateResult = scannedCode(late, enterAt + gapMs * maxPauseGaps, gapMs);
          const lateCode = after.map((k) => k.key).join('');
          if (after.length >= minCodeLength) expect(lateResult).toEqual({ code: lateCode, typedBefore: before.length });
          else expect(lateResult).toEqual({ code: undefined, typedBefore: all.length });
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
