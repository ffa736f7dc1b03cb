import { describe, expect, it } from 'vitest';
import { FiscalDocument } from '../fiscal/documents';
import { refusedFields } from './refused-fields';

describe('refusedFields', () => {
  it('names the fields of a refusal from the issues, each once, at most three', () => {
    const parsed = FiscalDocument.safeParse({ kind: 'deposit', cashierName: 'A\u0000', sum: 1e15 });
    expect(parsed.success).toBe(false);
    expect(refusedFields(parsed.error?.issues)).toEqual(['cashierName', 'sum']);
    expect(refusedFields([{ path: ['a'] }, { path: ['a'] }, { path: ['b', 3] }, { path: ['c'] }, { path: ['d'] }])).toEqual(['a', 'b.3', 'c']);
  });

  it('names nothing for details of another shape', () => {
    expect(refusedFields(undefined)).toEqual([]);
    expect(refusedFields({ path: ['x'] })).toEqual([]);
    expect(refusedFields([{ path: [] }])).toEqual([]);
  });
});
