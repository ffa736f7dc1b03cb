import { describe, expect, it } from 'vitest';
import { casposCapabilities } from './caspos/capabilities';
import { can, documentNeeds, missingForDocument } from './capability-need';
import type { FiscalDocument } from '../fiscal/documents';
import type { DeviceCapabilities } from './capabilities';

const noTenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
const line = { name: 'Çay', code: '1', codeType: 0, quantity: 1000, unit: 'piece', price: 500, discount: 0, vatRate: 'vat18' } as const;
const withoutCredit: DeviceCapabilities = { ...casposCapabilities, tenders: ['cash', 'card'], documentKinds: ['sale', 'moneyBack'], refundTypes: ['sale'] };

describe('capability needs', () => {
  it('name a document\'s kind, each tender it uses, a refund\'s type and each tax group once', () => {
    const refund = {
      kind: 'moneyBack',
      cashierName: 'Aynur',
      parentDocumentId: 'P1',
      moneyBackType: 'creditPay',
      manual: false,
      lines: [line, line],
      tenders: { ...noTenders, cash: 200, bonus: 300 },
    } as unknown as FiscalDocument;
    expect(documentNeeds(refund)).toEqual(['document.moneyBack', 'tender.cash', 'tender.bonus', 'refund.creditPay', 'tax.vat18']);
    expect(documentNeeds({ kind: 'deposit', cashierName: 'Aynur', sum: 100 })).toEqual(['document.deposit']);
  });

  it('refuse a tax group or excise the device does not take, and name them', () => {
    const ukrainian = { kind: 'sale', cashierName: 'Оксана', lines: [{ ...line, vatRate: 'vat20', excise: true }], tenders: { ...noTenders, cash: 500 } } as unknown as FiscalDocument;
    expect(documentNeeds(ukrainian)).toEqual(['document.sale', 'tender.cash', 'tax.vat20', 'excise']);
    expect(missingForDocument(casposCapabilities, ukrainian)).toBe('tax.vat20');
    expect(missingForDocument({ ...casposCapabilities, taxGroups: ['vat20'] }, ukrainian)).toBe('excise');
    expect(missingForDocument({ ...casposCapabilities, taxGroups: ['vat20'], excise: true }, ukrainian)).toBeUndefined();
    const rollBack = { kind: 'rollBack', cashierName: 'Aynur', parentUuid: 'x', tenders: noTenders, vatAmounts: [{ vatRate: 'vat10', sum: 1 }] } as unknown as FiscalDocument;
    expect(missingForDocument(casposCapabilities, rollBack)).toBe('tax.vat10');
  });

  it('find the first thing the device cannot do, and nothing where it can', () => {
    const creditSale = { kind: 'sale', cashierName: 'Aynur', lines: [line], tenders: { ...noTenders, credit: 500 }, credit: { contract: 'C1', payer: 'Elvin' } } as unknown as FiscalDocument;
    expect(missingForDocument(withoutCredit, creditSale)).toBe('tender.credit');
    expect(missingForDocument(casposCapabilities, creditSale)).toBeUndefined();
    expect(missingForDocument(null, creditSale)).toBe('document.sale');
  });

  it('answer no for everything without capabilities, and per list with them', () => {
    expect(can(undefined, 'cashDrawer')).toBe(false);
    expect(can(casposCapabilities, 'cashDrawer')).toBe(true);
    expect(can({ ...casposCapabilities, cashDrawer: false }, 'cashDrawer')).toBe(false);
    expect(can(withoutCredit, 'document.rollBack')).toBe(false);
    expect(can(withoutCredit, 'refund.sale')).toBe(true);
    expect(can({ ...casposCapabilities, reports: ['x'] }, 'report.periodic')).toBe(false);
    expect(can(casposCapabilities, 'report.controlTape')).toBe(true);
  });
});
