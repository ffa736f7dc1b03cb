import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeviceCapabilities } from '../devices/capabilities';
import { casposCapabilities } from '../devices/caspos/capabilities';
import { missingForDocument } from '../devices/capability-need';
import { cashRoundingOf, maxCashRounding, roundCash } from './cash-rounding';
import { FiscalDocument } from './documents';
import { change, paymentProblem } from './receipt-math';

const noTenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
const ukrainian: DeviceCapabilities = { ...casposCapabilities, currency: 'UAH', taxGroups: ['vat20'], cashRounding: 'nbu10' };

describe('cash rounding', () => {
  it('rounds to 10 kopiyky by the NBU rule: 1-4 down, 5-9 up, never more than the bound', () => {
    expect([550, 551, 554, 555, 559, 0, 4, 5].map((amount) => roundCash(amount, 'nbu10'))).toEqual([550, 550, 550, 560, 560, 0, 0, 10]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (amount) => {
        const rounded = roundCash(amount, 'nbu10');
        expect(rounded % 10).toBe(0);
        expect(Math.abs(rounded - amount)).toBeLessThanOrEqual(maxCashRounding);
        expect(rounded - amount).toBe((amount % 10 >= 5 ? 10 : 0) - (amount % 10));
        expect(roundCash(amount, 'none')).toBe(amount);
      }),
    );
  });

  it('rounds only the cash part: a card pays exactly, and nothing is rounded without cash', () => {
    // The seed's worked example: a receipt of 5.54 paid 5.50 in cash.
    expect(cashRoundingOf(554, { ...noTenders, cash: 550 }, 'nbu10')).toBe(-4);
    expect(cashRoundingOf(554, { ...noTenders, cash: 1000 }, 'nbu10')).toBe(-4);
    expect(cashRoundingOf(554, { ...noTenders, card: 554 }, 'nbu10')).toBe(0);
    expect(cashRoundingOf(554, { ...noTenders, card: 300, cash: 300 }, 'nbu10')).toBe(-4);
    expect(cashRoundingOf(557, { ...noTenders, card: 300, cash: 300 }, 'nbu10')).toBe(3);
    expect(cashRoundingOf(554, { ...noTenders, cash: 554 }, 'none')).toBe(0);
    expect(paymentProblem(554, { ...noTenders, cash: 550 }, -4)).toBeNull();
    expect(paymentProblem(557, { ...noTenders, cash: 550 }, 3)).toBe('underpaid');
    expect(change(554, { ...noTenders, cash: 1000 }, -4)).toBe(450);
  });

  it('is taken only as the device rounds it, only with cash, and refused on a device that does not round', () => {
    const sale = (cash: number, cashRounding?: number) =>
      FiscalDocument.parse({
        kind: 'sale',
        cashierName: 'Оксана',
        lines: [{ name: 'Хліб', code: '1', codeType: 'plain', quantity: 1000, unit: 'piece', price: 554, vatRate: 'vat20', itemUid: 'L1' }],
        tenders: { cash },
        ...(cashRounding === undefined ? {} : { cashRounding }),
      });
    expect(missingForDocument(ukrainian, sale(550, -4))).toBeUndefined();
    expect(missingForDocument(ukrainian, sale(554))).toBeUndefined();
    expect(missingForDocument(ukrainian, sale(560, 6 - 10))).toBeUndefined();
    expect(missingForDocument(ukrainian, sale(560, 5))).toBe('cashRounding');
    expect(missingForDocument({ ...ukrainian, cashRounding: 'none' }, sale(550, -4))).toBe('cashRounding');
    expect(() => sale(550, -6)).toThrow();
    expect(() => FiscalDocument.parse({ ...sale(550, -4), tenders: { card: 554 } })).toThrow(/only a cash payment/);
  });
});
