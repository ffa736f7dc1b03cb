import { describe, expect, it } from 'vitest';
import { scannedCode } from './burst';

const keys = (code: string, gap: number, start = 0) => [...code].map((key, i) => ({ key, at: start + i * gap }));

describe('scannedCode', () => {
  it('reads a burst ending in Enter as a code', () => {
    expect(scannedCode(keys('4760001000017', 5), 13 * 5, 50)).toBe('4760001000017');
  });
  it('does not take a person’s typing for a scan', () => {
    expect(scannedCode(keys('4760001000017', 120), 13 * 120, 50)).toBeUndefined();
    expect(scannedCode(keys('12', 5), 10, 50)).toBeUndefined();
    expect(scannedCode(keys('47600010', 5), 40 + 500, 50)).toBeUndefined();
  });
});
