import type { CountingDifference, ReconciliationRow } from '../../shared/reports/report-rows';
import type { OpeningFloat } from './shift-documents';

/** The opening floats of a shift or a range, and whether the journal's figures counted them as deposits. */
export interface FloatsSeen {
  floats: readonly OpeningFloat[];
  counted: boolean;
}

/**
 * Marks the rows that differ only because the device books the opening float otherwise than the
 * journal counted it (float-booking.ts: not learned yet, or the device changed): its cash-in count
 * and total differ by exactly the floats, and the first document number by the float's own.
 * Anything else that differs stays a difference: a document missing or different.
 */
export function markCountedDifferently(rows: readonly ReconciliationRow[], { floats, counted }: FloatsSeen): ReconciliationRow[] {
  if (floats.length === 0) return [...rows];
  const sign = counted ? -1 : 1;
  const way: CountingDifference = counted ? 'openingFloatNotBooked' : 'openingFloatAsDeposit';
  const total = floats.reduce((sum, f) => sum + f.sum, 0);
  const diff = (row: ReconciliationRow | undefined) => (row?.device ?? 0) - (row?.journal ?? 0);
  const find = (section: ReconciliationRow['section'], figure: ReconciliationRow['figure']) => rows.find((row) => row.section === section && row.figure === figure);
  const count = find('deposit', 'count');
  const sum = find('deposit', 'total');
  if (diff(count) !== sign * floats.length || diff(sum) !== sign * total) return [...rows];
  const first = find('documents', 'first');
  // The device numbers a float it books just before the shift's first document.
  const explained = new Set([count, sum, ...(first && first.journal !== null && first.device !== null && diff(first) === -sign ? [first] : [])]);
  return rows.map((row) => (explained.has(row) ? { ...row, countedDifferently: way } : row));
}
