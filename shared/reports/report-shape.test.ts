import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { casposCapabilities } from '../devices/caspos/capabilities';
import { checkboxCapabilities } from '../devices/checkbox/capabilities';
import { smartOneCapabilities } from '../devices/smartone/capabilities';
import { smartxCapabilities } from '../devices/smartx/capabilities';
import type { OperationTotals, ShiftReport } from '../fiscal/shift-report';
import { reportingCapabilities, reportShape, type ReportCapabilities } from './report-shape';
import { shiftReportTables } from './report-tables';

const totals = (overrides: Partial<OperationTotals> = {}): OperationTotals => ({ count: 0, total: 0, cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0, vat: [], ...overrides });
const cash = { count: 0, total: 0 };

function report(overrides: Partial<ShiftReport> = {}): ShiftReport {
  const none = totals();
  return {
    currency: 'UAH',
    sale: totals({ count: 2, total: 3_000, cash: 1_000, cashless: 2_000 }),
    moneyBack: none,
    rollback: none,
    correction: none,
    creditPay: none,
    prepayment: none,
    deposit: cash,
    withdraw: cash,
    period: { total: 3_000, vatable: 3_000, vatZero: 0, vatFree: 0 },
    vatTotal: 500,
    ...overrides,
  };
}

/** The key of each label stands for it: the table's shape is what is asserted, not the language. */
const t = ((key: string) => key) as unknown as TFunction;
const operations = (device: ReportCapabilities | null, shift: ShiftReport) => shiftReportTables({ t, locale: 'uk', currency: 'UAH', device }, shift).tables.find((table) => table.id === 'operations')!;

describe('X and Z tables shaped by the device’s capabilities', () => {
  it('Checkbox: no columns for bonus, credit or prepayment and no rows for documents it has not; cash in and out under cash', () => {
    const table = operations(checkboxCapabilities, report({ deposit: { count: 1, total: 500 } }));
    expect(table.columns.map((c) => c.label)).toEqual(['reports.column.operation', 'reports.figure.count', 'reports.figure.total', 'reports.figure.cash', 'reports.figure.cashless']);
    expect(table.rows.map((r) => r.key)).toEqual(['sale', 'moneyBack', 'deposit', 'withdraw']);
    expect(table.rows.find((r) => r.key === 'deposit')!.cells).toEqual([{ kind: 'text', text: 'reports.section.deposit' }, { kind: 'count', value: 1 }, { kind: 'money', value: 500 }, { kind: 'money', value: 500 }, { kind: 'empty' }]);
    for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
  });

  it('each device shows what it declares: every row and column where it has all of them, and unknown capabilities show all', () => {
    const all = operations(null, report());
    expect(all.columns).toHaveLength(8);
    expect(all.rows.map((r) => r.key)).toEqual(['sale', 'moneyBack', 'rollback', 'correction', 'creditPay', 'prepayment', 'deposit', 'withdraw']);
    for (const capabilities of [casposCapabilities, smartOneCapabilities, smartxCapabilities, checkboxCapabilities]) {
      const shape = reportShape(capabilities, report());
      // One tender column for each tender the device takes, one row for each of its document kinds among the sections.
      expect(shape.tenders, capabilities.tenders.join()).toHaveLength(capabilities.tenders.length);
      expect(shape.cashMovements).toEqual((['deposit', 'withdraw'] as const).filter((kind) => (capabilities.documentKinds as readonly string[]).includes(kind)));
    }
  });

  it('never hides a figure the device did report, even one its capabilities do not name', () => {
    const table = operations(checkboxCapabilities, report({ sale: totals({ count: 1, total: 100, bonus: 100 }), rollback: totals({ count: 1, total: 50, cash: 50 }) }));
    expect(table.columns.map((c) => c.label)).toContain('reports.figure.bonus');
    expect(table.rows.map((r) => r.key)).toContain('rollback');
  });

  it('uses the active device’s capabilities only for its own reports', () => {
    const active = { deviceId: 'till-1', capabilities: checkboxCapabilities };
    expect(reportingCapabilities(active)).toBe(checkboxCapabilities);
    expect(reportingCapabilities(active, 'till-1')).toBe(checkboxCapabilities);
    expect(reportingCapabilities(active, 'old-device')).toBeNull();
    expect(reportingCapabilities(undefined)).toBeNull();
  });
});
