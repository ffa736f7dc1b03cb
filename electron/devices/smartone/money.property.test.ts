import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { smartOneCapabilities } from '../../../shared/devices/smartone/capabilities';
import { linesTotal } from '../../../shared/fiscal/receipt-math';
import { noParents } from '../testing/parents';
import { receiptLines } from '../testing/receipt-lines';
import { buildSmartOneRequest } from './mapping';
import { SmartOneDevice } from './simulator/device';
import { FiscalMemory } from './simulator/memory';
import { cashier, tenders } from './testing/documents';

const receiptLine = receiptLines(smartOneCapabilities.taxGroups);

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
