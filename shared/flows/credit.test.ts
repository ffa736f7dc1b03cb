import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SaleDocument } from '../fiscal/documents';
import { creditFigures, creditPayDocument, creditPayLines } from './credit';
import { cashierName, FactJournal, goods, tenders } from './testing/facts';

const terms = { contract: 'A1', payer: 'Rəşad Əliyev' };
const fridge = goods('Soyuducu', 48000, { discount: 2000 });

const saleOnCredit: SaleDocument = { kind: 'sale', cashierName, lines: [fridge], tenders: tenders({ card: 6000, credit: 40000 }), credit: terms };

function creditSale(journal: FactJournal) {
  return journal.add(saleOnCredit);
}

function pay(journal: FactJournal, parent: string, amount: number, state: 'done' | 'rejected' | 'sending' = 'done') {
  return journal.add({ kind: 'creditPay', cashierName, parentDocumentId: parent, lines: creditPayLines([fridge], amount), tenders: tenders({ cash: amount }), paymentNumber: 1, residue: 0, credit: terms }, state);
}

describe('credit figures', () => {
  it('paying in parts brings the residue to zero; a refused payment does not count, one on its way does', () => {
    const journal = new FactJournal();
    const sale = creditSale(journal);
    expect(creditFigures(sale, journal.childrenOf)).toEqual({ credit: 40000, paid: 0, returned: 0, residue: 40000, payments: 0, cancelled: false });
    pay(journal, sale.documentId!, 15000);
    pay(journal, sale.documentId!, 99999, 'rejected');
    pay(journal, sale.documentId!, 5000, 'sending');
    expect(creditFigures(sale, journal.childrenOf)).toMatchObject({ paid: 20000, residue: 20000, payments: 2 });
    pay(journal, sale.documentId!, 20000);
    expect(creditFigures(sale, journal.childrenOf)).toMatchObject({ residue: 0, payments: 3 });
  });

  it('a refund of the goods cancels credit; a refunded payment is owed again; a rollback owes nothing', () => {
    const journal = new FactJournal();
    const sale = creditSale(journal);
    const payment = pay(journal, sale.documentId!, 10000);
    journal.add({ kind: 'moneyBack', cashierName, parentDocumentId: sale.documentId!, moneyBackType: 'sale', manual: false, lines: [fridge], tenders: tenders({ credit: 3000, cash: 43000 }) });
    expect(creditFigures(sale, journal.childrenOf)).toMatchObject({ paid: 10000, returned: 3000, residue: 27000 });
    journal.add({ kind: 'moneyBack', cashierName, parentDocumentId: payment.documentId!, moneyBackType: 'creditPay', manual: false, lines: [goods('Soyuducu', 10000)], tenders: tenders({ cash: 10000 }) });
    expect(creditFigures(sale, journal.childrenOf)).toMatchObject({ paid: 0, residue: 37000 });
    journal.add({ kind: 'rollBack', cashierName, parentDocumentId: sale.documentId!, tenders: tenders({ card: 6000, credit: 40000 }), vatAmounts: [{ vatRate: 'vat18', sum: 46000 }] });
    expect(creditFigures(sale, journal.childrenOf)).toMatchObject({ residue: 0, cancelled: true });
  });

  it('is only for sales with credit and terms', () => {
    const journal = new FactJournal();
    expect(creditFigures(journal.add({ kind: 'sale', cashierName, lines: [fridge], tenders: tenders({ cash: 46000 }) }), journal.childrenOf)).toBeUndefined();
    expect(creditFigures(journal.add({ kind: 'deposit', cashierName, sum: 100 }), journal.childrenOf)).toBeUndefined();
  });
});

describe('credit payment lines', () => {
  it('spread the payment over the lines by what each cost, to the qəpik', () => {
    const lines = [goods('A', 100), goods('B', 200), goods('C', 300, { quantity: 2500 })];
    // Line totals 100, 200, 750 of 1050: 10,00 is 95.2 / 190.5 / 714.3, the qəpik left to the largest remainder.
    expect(creditPayLines(lines, 1000).map((l) => [l.name, l.price, l.payment, l.quantity])).toEqual([
      ['A', 100, 95, 1000],
      ['B', 200, 191, 1000],
      ['C', 750, 714, 1000],
    ]);
    expect(creditPayLines(lines, 1).map((l) => [l.name, l.payment])).toEqual([['C', 1]]);
  });

  it('always add up to the payment exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 10_000_000 }), (prices, amount) => {
        const lines = creditPayLines(prices.map((price, i) => goods(`L${i}`, price)), amount);
        expect(lines.reduce((sum, l) => sum + l.payment, 0)).toBe(amount);
        expect(lines.every((l) => l.payment > 0)).toBe(true);
      }),
    );
  });

  it('add up exactly at the largest amounts the contract takes, where amount × line total passes 2^53', () => {
    const maxMoney = 999_999_999;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999_999 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: maxMoney }), (prices, wanted) => {
        const saleLines = prices.map((price, i) => goods(`L${i}`, price));
        const amount = Math.min(wanted, saleLines.reduce((sum, l) => sum + l.price, 0));
        const lines = creditPayLines(saleLines, amount);
        expect(lines.reduce((sum, l) => sum + l.payment, 0)).toBe(amount);
        expect(lines.every((l) => l.payment > 0 && l.payment <= l.price)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('make a payment document with the next number and the residue after it', () => {
    const doc = creditPayDocument({ sale: saleOnCredit, credit: terms, parentDocumentId: 'D1', figures: { residue: 40000, payments: 2 }, amount: 8000, tender: 'card', rrn: '420012558257', cashierName });
    expect(doc).toMatchObject({ paymentNumber: 3, residue: 32000, tenders: tenders({ card: 8000 }), cardSlip: { rrn: '420012558257' }, credit: terms });
    expect(doc.lines).toEqual([{ name: 'Soyuducu', code: 'Soyuducu', codeType: 'plain', unit: 'piece', vatRate: 'vat18', quantity: 1000, price: 46000, discount: 0, payment: 8000 }]);
  });
});
