import { describe, expect, it } from 'vitest';
import { casposCapabilities } from './caspos/capabilities';
import { can, documentNeeds, missingForDocument } from './capability-need';
import type { FiscalDocument } from '../fiscal/documents';
import type { DeviceCapabilities } from './capabilities';

const noTenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
const line = { name: 'Çay', code: '1', codeType: 0, quantity: 1000, unit: 'piece', price: 500, discount: 0, vatRate: 'vat18' } as const;
const withoutCredit: DeviceCapabilities = { ...casposCapabilities, tenders: ['cash', 'card'], documentKinds: ['sale', 'moneyBack'], refundTypes: ['sale'] };

describe('capability needs', () => {
  it('name a document\'s kind, each tender it uses and a refund\'s type', () => {
    const refund = {
      kind: 'moneyBack',
      cashierName: 'Aynur',
      parentDocumentId: 'P1',
      moneyBackType: 'creditPay',
      manual: false,
      lines: [line],
      tenders: { ...noTenders, cash: 200, bonus: 300 },
    } as unknown as FiscalDocument;
    expect(documentNeeds(refund)).toEqual(['document.moneyBack', 'tender.cash', 'tender.bonus', 'refund.creditPay']);
    expect(documentNeeds({ kind: 'deposit', cashierName: 'Aynur', sum: 100 })).toEqual(['document.deposit']);
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
