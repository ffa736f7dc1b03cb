import { describe, expect, it } from 'vitest';
import { ZReportExport, ZReportExportShape } from './z-export-schema';

/** The example of seed 001, as the seed gives it. */
const seedExample = {
  zNumber: 4,
  fiscalNum: 70113,
  firstNumber: 1,
  lastNumber: 1,
  cashier: 'Cashier 1',
  dateTime: '2025-01-02T10:25:21.076Z',
  currency: 'UAH',
  msgId: 16,
  totals: {
    sale: { count: 17, amount: 223000 },
    deposit: { count: 1, amount: 10000 },
    refund: { count: 1, amount: 10000 },
    withdraw: { count: 0, amount: 0 },
  },
  payments: { sale: [{ type: 'CASH', amount: 223000 }], refund: [{ type: 'CARD', amount: 2300 }] },
  taxTotals: {
    sale: [{ taxCode: 'A', taxRate: 2000, taxAmount: 1600 }],
    refund: [{ taxCode: 'A', taxRate: 2000, taxAmount: 1600 }],
  },
  identity: { fn: '567765', tin: '1111111111', shopName: 'SHOP #1', shopAddress: 'Unknown st., 404' },
  location: { latitude: 6.500183676689106, longitude: 120.76210479216934, radius: 1000 },
};

describe('the Z report of seed 001', () => {
  it('reads the seed’s example as it is, and without its optional location', () => {
    expect(ZReportExportShape.parse(seedExample)).toEqual(seedExample);
    const withoutLocation: Partial<typeof seedExample> = { ...seedExample };
    delete withoutLocation.location;
    expect(ZReportExportShape.safeParse(withoutLocation).success).toBe(true);
  });

  it('holds the seed’s rule that an amount is the sum of its payments, which its own example breaks for the refund', () => {
    const result = ZReportExport.safeParse(seedExample);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['totals.refund.amount']);
    const consistent = { ...seedExample, payments: { ...seedExample.payments, refund: [{ type: 'CARD', amount: 10000 }] } };
    expect(ZReportExport.safeParse(consistent).success).toBe(true);
  });

  it('refuses what the seed does not allow: unknown fields, money with decimals, missing fields, a date that is not ISO 8601', () => {
    const broken = [
      { ...seedExample, extra: 1 },
      { ...seedExample, totals: { ...seedExample.totals, sale: { count: 17, amount: 2230.5 } } },
      { ...seedExample, identity: { fn: '567765', tin: '1111111111', shopName: 'SHOP #1' } },
      { ...seedExample, dateTime: '02.01.2025 10:25:21' },
      { ...seedExample, taxTotals: { sale: [{ taxCode: 'A', taxRate: 20.0001, taxAmount: 1600 }], refund: [] } },
      Object.fromEntries(Object.entries(seedExample).filter(([key]) => key !== 'msgId')),
    ];
    for (const report of broken) expect(ZReportExportShape.safeParse(report).success, JSON.stringify(report).slice(0, 120)).toBe(false);
  });
});
