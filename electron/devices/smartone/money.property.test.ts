import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { smartOneCapabilities } from '../../../shared/devices/smartone/capabilities';
import { CodeType, QuantityUnit } from '../../../shared/fiscal/catalogue-types';
import type { ReceiptLine } from '../../../shared/fiscal/documents';
import { lineGross, linesTotal } from '../../../shared/fiscal/receipt-math';
import { noParents } from '../testing/parents';
import { buildSmartOneRequest } from './mapping';
import { SmartOneDevice } from './simulator/device';
import { FiscalMemory } from './simulator/memory';
import { cashier, tenders } from './testing/documents';

const receiptLine: fc.Arbitrary<ReceiptLine> = fc
  .record({
    unit: fc.constantFrom(...QuantityUnit.options),
    pieces: fc.integer({ min: 1, max: 50 }),
    thousandths: fc.integer({ min: 1, max: 30_000 }),
    price: fc.integer({ min: 1, max: 500_000 }),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    purchaseShare: fc.double({ min: 0, max: 1, noNaN: true }),
    vatRate: fc.constantFrom(...smartOneCapabilities.taxGroups),
    codeType: fc.constantFrom(...CodeType.options),
    itemUid: fc.uuid(),
  })
  .map(({ unit, pieces, thousandths, price, discountShare, purchaseShare, vatRate, codeType, itemUid }) => {
    const quantity = unit === 'piece' ? pieces * 1000 : thousandths;
    const gross = lineGross(price, quantity);
    return {
      name: 'Məhsul',
      code: '4760001000017',
      codeType,
      quantity,
      unit,
      price,
      // Never the whole line: a line worth nothing would be a different receipt.
      discount: Math.min(Math.floor(gross * discountShare), Math.max(0, gross - 1)),
      vatRate,
      purchasePrice: vatRate === 'tradeVat18' ? Math.floor(price * purchaseShare) : undefined,
      itemUid,
    };
  });

/**
 * Spec §10 check 9: the document's amount is Σ(itemAmount − discount) for any cart, so the
 * device never answers 4; and its total is the journal's to the qəpik. In-process against the
 * training device's own checks: 10,000 carts over HTTP would only measure the network.
 */
describe('acceptance check 9: amount equals the sum of the positions', () => {
  it('holds for 10,000 random carts, each fiscalised by the training device', () => {
    const device = new SmartOneDevice(new FiscalMemory(), () => new Date('2026-12-07T08:00:00Z'));
    expect(device.handle('open_shift', {}, '{}')).toMatchObject({ code: 0 });
    fc.assert(
      fc.property(fc.array(receiptLine, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, byCard) => {
        const total = linesTotal(lines);
        const doc = { kind: 'sale' as const, cashierName: cashier, lines, tenders: tenders(byCard ? { card: total } : { cash: total + 55 }) };
        const request = buildSmartOneRequest(doc, randomUUID(), noParents, { extIdFormat: 'uuid', now: () => new Date() });
        const json = JSON.parse(request.body) as { amount: number; items: { itemAmount: number; discount: number }[] };
        expect(json.amount).toBe(json.items.reduce((sum, i) => sum + i.itemAmount - i.discount, 0));
        expect(json.amount).toBe(total);
        const answer = device.handle('sale', json, request.body);
        expect(answer, JSON.stringify(answer)).toMatchObject({ status: 'success', code: 0 });
        expect(device.memory.documents.at(-1)!.amount).toBe(total);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
