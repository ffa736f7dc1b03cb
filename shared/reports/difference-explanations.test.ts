import { describe, expect, it } from 'vitest';
import { explainDifferences } from './difference-explanations';
import { differenceCount, type ReconciliationRow } from './report-rows';

const row = (section: ReconciliationRow['section'], figure: ReconciliationRow['figure'], journal: number, device: number, extra: Partial<ReconciliationRow> = {}): ReconciliationRow => ({
  section,
  figure,
  journal,
  device,
  differs: journal !== device,
  ...extra,
});

describe('the check told in the manager’s words', () => {
  it('a document only the journal has, one booked differently, and turnover that only follows from them', () => {
    const rows = [
      row('sale', 'count', 3, 3),
      row('sale', 'total', 1500, 1400),
      row('moneyBack', 'count', 1, 0),
      row('moneyBack', 'total', 200, 0),
      row('period', 'total', 1300, 1400),
      row('deposit', 'count', 0, 1, { countedDifferently: 'openingFloatAsDeposit' }),
      row('deposit', 'total', 0, 500, { countedDifferently: 'openingFloatAsDeposit' }),
    ];
    expect(explainDifferences(rows)).toEqual([
      { kind: 'countedDifferently', way: 'openingFloatAsDeposit', count: 1, amount: 500 },
      { kind: 'documentsDiffer', section: 'sale', count: 0, amount: -100 },
      { kind: 'documentsDiffer', section: 'moneyBack', count: -1, amount: -200 },
    ]);
    expect(differenceCount(rows)).toBe(4);
  });

  it('turnover differing alone is still a document differing; nothing differing says nothing', () => {
    expect(explainDifferences([row('period', 'vatFree', 0, 100)])).toEqual([{ kind: 'documentsDiffer', section: 'period', count: 0, amount: 0 }]);
    expect(explainDifferences([row('sale', 'count', 1, 1)])).toEqual([]);
  });
});
