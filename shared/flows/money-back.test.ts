import { describe, expect, it } from 'vitest';
import type { FiscalDocument } from '../fiscal/documents';
import { creditPayLines } from './credit';
import { correctionProblem, creditPayProblem, creditTermsProblem } from './problems';
import { advanceLineName, moneyBackDocument, moneyBackTypeFor, refundableOf, refundTenders } from './money-back';
import { cashierName, FactJournal, goods, tenders, testUuid } from './testing/facts';

const terms = { contract: 'A1', payer: 'Rəşad Əliyev' };

describe('which moneyBackType applies', () => {
  it('follows the kind of the document refunded: 0 a sale, 6 an advance, 7 a credit payment', () => {
    const kinds: FiscalDocument['kind'][] = ['sale', 'prepayment', 'creditPay', 'moneyBack', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift'];
    expect(kinds.map((kind) => [kind, moneyBackTypeFor(kind)])).toEqual([
      ['sale', 'sale'],
      ['prepayment', 'prepayment'],
      ['creditPay', 'creditPay'],
      ['moneyBack', undefined],
      ['deposit', undefined],
      ['withdraw', undefined],
      ['correction', undefined],
      ['rollBack', undefined],
      ['closeShift', undefined],
    ]);
  });
});

describe('what is left to refund', () => {
  it('of a credit sale: the goods not returned; the credit still owed goes back first', () => {
    const journal = new FactJournal();
    const lines = [goods('A', 30000), goods('B', 10000, { quantity: 2000 })];
    const sale = journal.add({ kind: 'sale', cashierName, lines, tenders: tenders({ cash: 10000, credit: 40000 }), credit: terms });
    journal.add({ kind: 'creditPay', cashierName, parentUuid: sale.uuid, lines: creditPayLines(lines, 35000), tenders: tenders({ cash: 35000 }), paymentNumber: 1, residue: 5000, credit: terms });
    journal.add({ kind: 'moneyBack', cashierName, parentUuid: sale.uuid, moneyBackType: 'sale', manual: false, lines: [{ ...goods('B', 10000), parentItemUid: 'B' }], tenders: tenders({ credit: 2000, cash: 8000 }) });
    const refundable = refundableOf(sale, journal.childrenOf)!;
    expect(refundable).toMatchObject({ moneyBackType: 'sale', cap: 40000, card: false, returnFirst: { credit: 3000, prepayment: 0, bonus: 0 } });
    expect(refundable.lines.map((l) => l.remaining)).toEqual([1000, 1000]);
    expect(refundTenders(30000, refundable.returnFirst, false)).toEqual(tenders({ credit: 3000, cash: 27000 }));
  });

  it('of an advance: its balance, as one line when it was taken without goods', () => {
    const journal = new FactJournal();
    const advance = journal.add({ kind: 'prepayment', cashierName, sum: 10000, vatRate: 'vat0', tenders: tenders({ card: 10000 }) });
    journal.add({ kind: 'sale', cashierName, lines: [goods('A', 2500, { vatRate: 'vat0' })], tenders: tenders({ prepayment: 2500 }), prepaymentUuid: advance.uuid });
    expect(refundableOf(advance, journal.childrenOf)).toEqual({
      moneyBackType: 'prepayment',
      card: true,
      cap: 7500,
      returnFirst: { credit: 0, prepayment: 0, bonus: 0 },
      lines: [{ line: { name: advanceLineName, code: '', codeType: 'plain', unit: 'piece', quantity: 1000, price: 7500, discount: 0, vatRate: 'vat0' }, remaining: 1000 }],
    });
  });

  it('of a credit payment: what it paid, less what was refunded of it', () => {
    const journal = new FactJournal();
    const payment = journal.add({ kind: 'creditPay', cashierName, parentUuid: testUuid(99), lines: creditPayLines([goods('A', 300), goods('B', 100)], 200), tenders: tenders({ cash: 200 }), paymentNumber: 1, residue: 200, credit: terms });
    const before = refundableOf(payment, journal.childrenOf)!;
    expect(before.lines.map((l) => [l.line.name, l.line.price, l.remaining])).toEqual([
      ['A', 150, 1000],
      ['B', 50, 1000],
    ]);
    journal.add({ kind: 'moneyBack', cashierName, parentUuid: payment.uuid, moneyBackType: 'creditPay', manual: false, lines: [before.lines[0]!.line], tenders: tenders({ cash: 150 }) });
    expect(refundableOf(payment, journal.childrenOf)).toMatchObject({ moneyBackType: 'creditPay', cap: 50 });
  });

  it('of a rolled-back sale: nothing; of a cash movement: no refund at all', () => {
    const journal = new FactJournal();
    const sale = journal.add({ kind: 'sale', cashierName, lines: [goods('A', 100)], tenders: tenders({ cash: 100 }) });
    journal.add({ kind: 'rollBack', cashierName, parentUuid: sale.uuid, tenders: tenders({ cash: 100 }), vatAmounts: [{ vatRate: 'vat18', sum: 100 }] });
    expect(refundableOf(sale, journal.childrenOf)).toMatchObject({ cap: 0, lines: [{ remaining: 0 }] });
    expect(refundableOf(journal.add({ kind: 'deposit', cashierName, sum: 100 }), journal.childrenOf)).toBeUndefined();
  });
});

describe('refund tenders', () => {
  it('go to the credit, the advance and the bonus first, then cash or card', () => {
    const first = { credit: 300, prepayment: 200, bonus: 100 };
    expect(refundTenders(250, first, false)).toEqual(tenders({ credit: 250 }));
    expect(refundTenders(1000, first, true)).toEqual(tenders({ credit: 300, prepayment: 200, bonus: 100, card: 400 }));
    expect(moneyBackDocument({ parent: { uuid: testUuid(1) }, moneyBackType: 'sale', lines: [goods('A', 700)], returnFirst: first, toCard: false, cashierName, cashRounding: 'none' }).tenders).toEqual(
      tenders({ credit: 300, prepayment: 200, bonus: 100, cash: 100 }),
    );
  });

  it('pay back cash rounded by the device rule (NBU: 42.37 goes back as 42.40), a card exactly, and say the rounding', () => {
    const nothingFirst = { credit: 0, prepayment: 0, bonus: 0 };
    const refund = (toCard: boolean, price = 4237) =>
      moneyBackDocument({ parent: { uuid: testUuid(1) }, moneyBackType: 'sale', lines: [goods('A', price)], returnFirst: nothingFirst, toCard, cashierName, cashRounding: 'nbu10' });
    expect(refund(false)).toMatchObject({ tenders: tenders({ cash: 4240 }), cashRounding: 3 });
    expect(refund(false, 4232)).toMatchObject({ tenders: tenders({ cash: 4230 }), cashRounding: -2 });
    expect(refund(false, 4230)).not.toHaveProperty('cashRounding');
    expect(refund(true)).toEqual(expect.objectContaining({ tenders: tenders({ card: 4237 }) }));
    expect(refund(true)).not.toHaveProperty('cashRounding');
    // Only the cash left after the credit, advance and bonus is rounded.
    const part = moneyBackDocument({ parent: { uuid: testUuid(1) }, moneyBackType: 'sale', lines: [goods('A', 4237)], returnFirst: { ...nothingFirst, credit: 1000 }, toCard: false, cashierName, cashRounding: 'nbu10' });
    expect(part).toMatchObject({ tenders: tenders({ credit: 1000, cash: 3240 }), cashRounding: 3 });
  });
});

describe('flow problems', () => {
  it('credit: terms are required, and no more than the residue can be paid', () => {
    expect(creditTermsProblem({ tenders: tenders({ credit: 1 }), credit: { contract: ' ', payer: 'X' } })).toEqual({ problem: 'creditTermsMissing' });
    expect(creditTermsProblem({ tenders: tenders({ credit: 1 }) })).toEqual({ problem: 'creditTermsMissing' });
    expect(creditTermsProblem({ tenders: tenders({ cash: 1 }) })).toBeUndefined();
    expect(creditPayProblem(500, 501)).toEqual({ problem: 'creditOverpaid', limit: 500 });
    expect(creditPayProblem(500, 500)).toBeUndefined();
  });

  it('correction: a period that ended before now, and some money', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const ok = { firstOperationAt: '2026-11-22T07:00:00Z', lastOperationAt: '2026-11-22T09:30:00Z', cash: 100, card: 0 };
    expect(correctionProblem(ok, now)).toBeUndefined();
    expect(correctionProblem({ ...ok, lastOperationAt: '2026-11-22T06:00:00Z' }, now)).toEqual({ problem: 'correctionPeriod' });
    expect(correctionProblem({ ...ok, lastOperationAt: '2026-11-23T10:01:00Z' }, now)).toEqual({ problem: 'correctionPeriod' });
    expect(correctionProblem({ ...ok, cash: 0 }, now)).toEqual({ problem: 'correctionEmpty' });
  });
});
