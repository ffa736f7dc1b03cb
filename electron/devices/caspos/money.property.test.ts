import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casposCapabilities } from '../../../shared/devices/caspos/capabilities';
import { CodeType, QuantityUnit } from '../../../shared/fiscal/catalogue-types';
import type { ReceiptLine, Tenders } from '../../../shared/fiscal/documents';
import { lineTotal, linesTotal, paymentProblem, taxIncluded, vatBreakdown } from '../../../shared/fiscal/receipt-math';
import { buildDocumentRequest } from './mapping';
import { requestSchemas } from './requests';
import { startCasposSimulator, type CasposSimulator } from './simulator/server';
import { cashier, tenders as tendersOf } from './testing/documents';
import { clientFor, done } from './testing/harness';
import { fromWireMoney, fromWireQuantity, toWireMoney, toWireQuantity } from './wire-numbers';
import { noParents } from '../testing/parents';

const receiptLine: fc.Arbitrary<ReceiptLine> = fc
  .record({
    unit: fc.constantFrom(...QuantityUnit.options),
    pieces: fc.integer({ min: 1, max: 50 }),
    thousandths: fc.integer({ min: 1, max: 30_000 }),
    price: fc.integer({ min: 1, max: 500_000 }),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    vatRate: fc.constantFrom(...casposCapabilities.taxGroups),
    codeType: fc.constantFrom(...CodeType.options),
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  })
  .map(({ unit, pieces, thousandths, price, discountShare, vatRate, codeType, name }) => {
    const quantity = unit === 'piece' ? pieces * 1000 : thousandths;
    const gross = lineTotal({ price, quantity, discount: 0 });
    return {
      name: name.trim(),
      code: '4760001000017',
      codeType,
      quantity,
      unit,
      price,
      // Never the whole line: a line worth nothing would be a different receipt.
      discount: Math.min(Math.floor(gross * discountShare), Math.max(0, gross - 1)),
      vatRate,
    };
  });

/**
 * Payments that cover the total: card up to the total, the rest in cash with change. A receipt
 * worth nothing (a gram at a qəpik a kilo) is not a sale the device takes (611), so none is made.
 */
const cart = fc
  .record({ lines: fc.array(receiptLine, { minLength: 1, maxLength: 30 }), cardShare: fc.double({ min: 0, max: 1, noNaN: true }), extraCash: fc.integer({ min: 0, max: 20_000 }) })
  .filter(({ lines }) => linesTotal(lines) > 0)
  .map(({ lines, cardShare, extraCash }) => {
    const total = linesTotal(lines);
    const card = Math.floor(total * cardShare);
    const tenders: Tenders = tendersOf({ card, cash: total - card + extraCash });
    return { lines, tenders, total };
  });

describe('receipt math', () => {
  it('money and quantity survive the trip to the device’s decimals and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.integer({ min: 1, max: 10 ** 9 }), (money, quantity) => {
        expect(fromWireMoney(toWireMoney(money))).toBe(money);
        expect(fromWireQuantity(toWireQuantity(quantity))).toBe(quantity);
      }),
    );
  });

  it('VAT groups add up to the receipt, and tax is never more than its gross', () => {
    fc.assert(
      fc.property(cart, ({ lines, tenders, total }) => {
        const groups = vatBreakdown(lines);
        expect(groups.reduce((sum, g) => sum + g.gross, 0)).toBe(total);
        for (const g of groups) {
          expect(g.tax).toBeGreaterThanOrEqual(0);
          expect(g.tax).toBeLessThanOrEqual(g.gross);
          expect(g.tax).toBe(taxIncluded(g.gross, g.vatRate));
        }
        expect(paymentProblem(total, tenders)).toBeNull();
      }),
    );
  });

  it('rounds each line half up to the qəpik, exactly as decimal arithmetic does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 1, max: 10 ** 6 }), (price, quantity) => {
        // Decimal reference in BigInt: price (qəpik) × quantity (thousandths) / 1000, half up.
        const product = BigInt(price) * BigInt(quantity);
        const expected = Number((product + 500n) / 1000n);
        expect(lineTotal({ price, quantity, discount: 0 })).toBe(expected);
      }),
    );
  });
});

describe('random carts on the training device', () => {
  let device: CasposSimulator;
  beforeAll(async () => {
    device = await startCasposSimulator();
    await clientFor(device.url).openShift(cashier, 0);
  });
  afterAll(async () => device.close());

  it('are built in the document’s shape and accepted, with the device’s total equal to ours', async () => {
    const client = clientFor(device.url);
    let expectedSales = 0;
    let expectedTotal = 0;
    await fc.assert(
      fc.asyncProperty(cart, async ({ lines, tenders, total }) => {
        const request = buildDocumentRequest({ kind: 'sale', cashierName: cashier, lines, tenders }, randomUUID(), noParents);
        expect(requestSchemas.sale.safeParse({ ...JSON.parse(request.body), username: 'u', password: 'p' }).success).toBe(true);
        const result = done(await client.sendDocument(request));
        expect(result.total).toBe(total);
        expectedSales += 1;
        expectedTotal += total;
      }),
      { numRuns: 150 },
    );
    const x = done(await client.getXReport(cashier));
    expect(x.sale.count).toBe(expectedSales);
    expect(x.sale.total).toBe(expectedTotal);
  });
});
