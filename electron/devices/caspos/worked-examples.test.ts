import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change, lineGross, linesTotal, paymentProblem, type PaymentProblem } from '../../../shared/fiscal/receipt-math';
import { seedExamples } from './fixtures/seed-examples';
import { tenders } from './testing/documents';
import { fromWireMoney, fromWireQuantity } from './wire-numbers';

interface WireLine {
  quantity: number;
  salePrice: number;
  discountAmount?: number;
  realPrice?: number;
}

interface WireData {
  items?: WireLine[];
  cashPayment?: number;
  cardPayment?: number;
  creditPayment?: number;
  depositPayment?: number;
  bonusPayment?: number;
  sum?: number;
  residue?: number;
  vatAmounts?: { vatSum: number }[];
}

/** The document's worked examples that carry money: its requests with lines, sums or VAT amounts. */
const worked = seedExamples.flatMap((example) => {
  const body = example.body as { operation?: string; data?: WireData };
  const data = body.data;
  return example.kind === 'request' && data && (data.items || data.vatAmounts) ? [{ section: example.section, operation: body.operation ?? '', data }] : [];
});

const linesOf = (data: WireData) =>
  (data.items ?? []).map((item) => ({ price: fromWireMoney(item.salePrice), quantity: fromWireQuantity(item.quantity), discount: fromWireMoney(item.discountAmount ?? 0) }));

const tendersOf = (data: WireData) =>
  tenders({
    cash: fromWireMoney(data.cashPayment ?? 0),
    card: fromWireMoney(data.cardPayment ?? 0),
    credit: fromWireMoney(data.creditPayment ?? 0),
    prepayment: fromWireMoney(data.depositPayment ?? 0),
    bonus: fromWireMoney(data.bonusPayment ?? 0),
  });

/**
 * What receipt-math.ts says of each example's payments. Two examples disagree with themselves,
 * whatever the rounding: the credit sale pays 480.00 for a line of 480.00 − 20.00, and the
 * refunds give back 1.00 for a line of 2.00. The app never builds such a document.
 */
const expected: Record<string, PaymentProblem | null> = {
  Sales: null,
  'Credit Sale': 'changeFromNonCash',
  'Credit Pay': null,
  'Advance Sale Items': null,
  'Advance Pay': null,
  'Money Back (Refound)': 'underpaid',
  'Money Back Manual': 'underpaid',
  RollBack: null,
};

describe('receipt-math.ts against the document’s worked examples', () => {
  it('finds every example that carries money', () => {
    expect(worked.map((w) => w.section).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const { section, operation, data } of worked) {
    it(`${section} (${operation})`, () => {
      const lines = linesOf(data);
      const paid = tendersOf(data);
      switch (operation) {
        case 'credit': {
          // A credit payment pays `salePrice` now of a good worth `realPrice`; the rest stays owed.
          const item = data.items![0]!;
          expect(lineGross(fromWireMoney(item.salePrice), fromWireQuantity(item.quantity))).toBe(paid.cash + paid.card);
          expect(fromWireMoney(item.realPrice!) - fromWireMoney(item.salePrice)).toBe(fromWireMoney(data.residue!));
          break;
        }
        case 'rollBack':
          expect(data.vatAmounts!.reduce((sum, v) => sum + fromWireMoney(v.vatSum), 0)).toBe(fromWireMoney(data.sum!));
          expect(paymentProblem(fromWireMoney(data.sum!), paid)).toBeNull();
          break;
        default: {
          const total = linesTotal(lines);
          if (data.sum !== undefined) expect(total).toBe(fromWireMoney(data.sum));
          expect(paymentProblem(total, paid)).toBe(expected[section]);
          if (expected[section] === null) expect(change(total, paid)).toBe(paid.cash + paid.card + paid.bonus + paid.credit + paid.prepayment - total);
        }
      }
    });
  }

  it('the Z report example: the sales’ VAT amounts add up to their sum, the period to its parts', () => {
    const z = seedExamples.find((e) => e.section === 'Close Shift' && e.kind === 'response')?.body as { data: { currencies: Record<string, unknown>[] } };
    const figures = z.data.currencies[0]! as { saleSum: number; saleVatAmounts: { vatSum: number }[]; periodSum: number; periodVatSum: number; periodVatFreeSum: number; periodVatZeroSum: number };
    expect(figures.saleVatAmounts.reduce((sum, v) => sum + v.vatSum, 0)).toBe(figures.saleSum);
    expect(figures.periodVatSum + figures.periodVatFreeSum + figures.periodVatZeroSum).toBe(figures.periodSum);
  });

  it('any quantity of any example’s good: the line sum is the decimal product of the document’s numbers, half up', () => {
    const goods = worked.flatMap((w) => w.data.items ?? []);
    fc.assert(
      fc.property(fc.constantFrom(...goods), fc.integer({ min: 1, max: 1_000_000 }), (good, thousandths) => {
        // Decimal reference in BigInt from the document's own decimal strings: qəpik × thousandths / 1000, half up.
        const qepik = BigInt(good.salePrice.toFixed(2).replace('.', ''));
        const exact = qepik * BigInt(thousandths);
        expect(lineGross(fromWireMoney(good.salePrice), thousandths)).toBe(Number((exact + 500n) / 1000n));
      }),
    );
  });
});
