import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FiscalDocument, ReceiptLine, Tenders } from '../../shared/fiscal/documents';
import { lineGross, linesTotal } from '../../shared/fiscal/receipt-math';
import { testUuid } from '../../shared/flows/testing/facts';
import { nextHour, ShopClock } from '../../shared/shop-time';
import { cashier } from '../devices/caspos/testing/documents';
import type { SettledDocument } from '../journal/settled-documents';
import { summarize } from '../../shared/dashboard/summarize';

const receiptLine: fc.Arbitrary<ReceiptLine> = fc
  .record({
    product: fc.integer({ min: 1, max: 15 }),
    quantity: fc.integer({ min: 1, max: 20_000 }),
    price: fc.integer({ min: 1, max: 200_000 }),
    discountShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ product, quantity, price, discountShare }) => ({
    name: `Məhsul ${product}`,
    code: `P${product}`,
    codeType: 'plain' as const,
    quantity,
    unit: 'kg' as const,
    price,
    discount: Math.floor((lineGross(price, quantity) * discountShare) / 100),
    vatRate: 'vat18' as const,
  }));

/** A split of `total` the device would take: non-cash parts within the total, cash with change. */
function tendersFor(total: number, shares: number[], change: number): Tenders {
  const [card = 0, bonus = 0, credit = 0, prepayment = 0] = shares.map((share) => Math.floor((total * share) / 400));
  return { card, bonus, credit, prepayment, cash: total - card - bonus - credit - prepayment + change };
}

type Step =
  | { kind: 'sale'; lines: ReceiptLine[]; shares: number[]; change: number }
  | { kind: 'refund'; lines: ReceiptLine[]; shares: number[] }
  | { kind: 'rollBack'; of: number }
  | { kind: 'advance'; sum: number };

const shares = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('sale' as const), lines: fc.array(receiptLine, { minLength: 1, maxLength: 4 }), shares, change: fc.integer({ min: 0, max: 5000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('refund' as const), lines: fc.array(receiptLine, { minLength: 1, maxLength: 2 }), shares }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rollBack' as const), of: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance' as const), sum: fc.integer({ min: 1, max: 100_000 }) }) },
);

/** Documents in journal order over three days, each a few minutes to hours after the one before. */
const trading = fc
  .array(fc.tuple(step, fc.integer({ min: 0, max: 4 * 3_600_000 })), { maxLength: 60 })
  .map((steps) => {
    let at = Date.parse('2026-03-28T00:00:00Z');
    const documents: SettledDocument[] = [];
    const sales: string[] = [];
    steps.forEach(([s, gap], i) => {
      at += gap;
      const documentId = `D${i}`;
      const uuid = testUuid(i + 1);
      let document: FiscalDocument;
      switch (s.kind) {
        case 'sale':
          document = { kind: 'sale', cashierName: cashier, lines: s.lines, tenders: tendersFor(linesTotal(s.lines), s.shares, s.change) };
          sales.push(uuid);
          break;
        case 'refund':
          document = { kind: 'moneyBack', cashierName: cashier, parentDocumentId: 'EARLIER', moneyBackType: 'sale', manual: false, lines: s.lines, tenders: tendersFor(linesTotal(s.lines), s.shares, 0) };
          break;
        case 'rollBack': {
          const parent = sales.length ? sales[s.of % sales.length]! : testUuid(0);
          document = { kind: 'rollBack', cashierName: cashier, parentUuid: parent, tenders: tendersFor(0, [], 0), vatAmounts: [{ vatRate: 'vat18', sum: 0 }] };
          break;
        }
        case 'advance':
          document = { kind: 'prepayment', cashierName: cashier, sum: s.sum, vatRate: 'vat18', tenders: tendersFor(s.sum, [], 0) };
          break;
      }
      documents.push({ uuid, document, createdAt: new Date(at).toISOString(), documentId });
    });
    const rolledBack = new Set(documents.flatMap(({ document }) => (document.kind === 'rollBack' && document.parentUuid ? [document.parentUuid] : [])));
    const cancelled = new Set(documents.flatMap((d) => (rolledBack.has(d.uuid) && d.documentId ? [d.documentId] : [])));
    return { documents, cancelled };
  });

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the dashboard’s sums', () => {
  // Kyiv: the three days include the night its clocks go forward, a day of 23 hours.
  it.each(['Asia/Baku', 'Europe/Kyiv'])('add up hour by hour and tender by tender to the totals (%s)', (zone) => {
    fc.assert(
      fc.property(trading, ({ documents, cancelled }) => {
        const figures = summarize(documents, cancelled, new ShopClock(zone));
        const { hours, totals, tenders } = figures;
        expect(sum(hours.map((h) => h.net))).toBe(totals.net);
        expect(sum(hours.map((h) => h.sales))).toBe(totals.sales);
        expect(sum(hours.map((h) => h.refunds))).toBe(totals.refunds);
        expect(sum(hours.map((h) => h.receipts))).toBe(totals.receipts);
        expect(totals.net).toBe(totals.sales - totals.refunds);
        expect(sum(Object.values(tenders))).toBe(totals.net);
        const kept = documents.filter((d) => d.document.kind === 'sale' && !cancelled.has(d.documentId!));
        expect(totals.receipts).toBe(kept.length);
        expect(totals.sales).toBe(sum(kept.map((d) => (d.document.kind === 'sale' ? linesTotal(d.document.lines) : 0))));
        for (let i = 1; i < hours.length; i++) expect(hours[i]!.hour).toBe(nextHour(hours[i - 1]!.hour));
      }),
      { numRuns: 300 },
    );
  });
});
