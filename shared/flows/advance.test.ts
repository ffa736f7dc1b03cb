import { describe, expect, it } from 'vitest';
import type { PrepaymentDocument } from '../fiscal/documents';
import { advanceFigures, advanceUsable, commonVatRate } from './advance';
import { advancePayProblem, prepaymentProblem } from './problems';
import { cashierName, FactJournal, goods, tenders } from './testing/facts';

const advanceDoc: PrepaymentDocument = { kind: 'prepayment', cashierName, sum: 10000, vatRate: 'vat18', tenders: tenders({ cash: 10000 }) };

describe('advance figures', () => {
  it('sales spend it, refunds of those sales and rollbacks give it back, refunds of the advance pay it out', () => {
    const journal = new FactJournal();
    const advance = journal.add(advanceDoc);
    const id = advance.uuid;
    const bought = journal.add({ kind: 'sale', cashierName, lines: [goods('A', 3000)], tenders: tenders({ prepayment: 3000 }), prepaymentUuid: id });
    journal.add({ kind: 'sale', cashierName, lines: [goods('B', 9000)], tenders: tenders({ prepayment: 9000 }), prepaymentUuid: id }, 'rejected');
    const cancelled = journal.add({ kind: 'sale', cashierName, lines: [goods('C', 1000)], tenders: tenders({ prepayment: 1000 }), prepaymentUuid: id });
    expect(advanceFigures(advance, journal.childrenOf)).toEqual({ sum: 10000, spent: 4000, returned: 0, balance: 6000 });
    journal.add({ kind: 'rollBack', cashierName, parentUuid: cancelled.uuid, tenders: tenders({ prepayment: 1000 }), vatAmounts: [{ vatRate: 'vat18', sum: 1000 }] });
    journal.add({ kind: 'moneyBack', cashierName, parentUuid: bought.uuid, moneyBackType: 'sale', manual: false, lines: [goods('A', 1000)], tenders: tenders({ prepayment: 1000 }) });
    expect(advanceFigures(advance, journal.childrenOf)).toMatchObject({ spent: 2000, balance: 8000 });
    journal.add({ kind: 'moneyBack', cashierName, parentUuid: id, moneyBackType: 'prepayment', manual: false, lines: [goods('Avans', 8000)], tenders: tenders({ cash: 8000 }) });
    expect(advanceFigures(advance, journal.childrenOf)).toEqual({ sum: 10000, spent: 2000, returned: 8000, balance: 0 });
  });

  it('pays only goods at its VAT, and never more than is left on it', () => {
    const lines = [goods('A', 500), goods('B', 700, { vatRate: 'vatFree' }), goods('C', 300, { quantity: 2000 })];
    expect(advanceUsable(lines, 'vat18')).toBe(1100);
    expect(advancePayProblem({ lines, tenders: tenders({ prepayment: 1100 }) }, { balance: 1100, vatRate: 'vat18' })).toBeUndefined();
    expect(advancePayProblem({ lines, tenders: tenders({ prepayment: 1200 }) }, { balance: 5000, vatRate: 'vat18' })).toEqual({ problem: 'advanceVat', limit: 1100 });
    expect(advancePayProblem({ lines, tenders: tenders({ prepayment: 1000 }) }, { balance: 900, vatRate: 'vat18' })).toEqual({ problem: 'advanceExceeded', limit: 900 });
  });

  it('for goods: one VAT, the advance’s, adding up to its sum', () => {
    expect(commonVatRate([goods('A', 1), goods('B', 2)])).toBe('vat18');
    expect(commonVatRate([goods('A', 1), goods('B', 2, { vatRate: 'vat0' })])).toBeUndefined();
    const lines = [goods('A', 700), goods('B', 10)];
    expect(prepaymentProblem({ sum: 710, vatRate: 'vat18', lines })).toBeUndefined();
    expect(prepaymentProblem({ sum: 700, vatRate: 'vat18', lines })).toEqual({ problem: 'prepaymentLines' });
    expect(prepaymentProblem({ sum: 710, vatRate: 'vat0', lines })).toEqual({ problem: 'prepaymentLines' });
  });
});
