import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShopClock } from '../../shared/shop-time';
import { cashier, line } from '../devices/caspos/testing/documents';
import type { SettledDocument } from '../journal/settled-documents';
import { summarize } from '../../shared/dashboard/summarize';

/** A sale of 1,20 journaled at `at`. */
function saleAt(at: number, n: number): SettledDocument {
  const document = { kind: 'sale' as const, cashierName: cashier, lines: [line()], tenders: { cash: 120, card: 0, bonus: 0, credit: 0, prepayment: 0 } };
  return { uuid: `u${n}`, document, createdAt: new Date(at).toISOString(), documentId: `D${n}` };
}

// Around the clock changes of 2026 and in zones whose offset is not whole hours.
const spans = [Date.UTC(2026, 2, 28, 20), Date.UTC(2026, 9, 24, 20), Date.UTC(2026, 10, 1, 2)];

describe('the dashboard hour of each receipt', () => {
  it.each(['Asia/Baku', 'Europe/Kyiv', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Eucla'])('is the shop clock’s hour of its instant, to the second (%s)', (zone) => {
    fc.assert(
      fc.property(fc.constantFrom(...spans), fc.array(fc.integer({ min: 0, max: 12 * 3_600_000 }), { minLength: 1, maxLength: 80 }), (start, offsets) => {
        const clock = new ShopClock(zone);
        const instants = offsets.map((o) => start + o).sort((a, b) => a - b);
        const expected = new Map<string, number>();
        for (const at of instants) expected.set(clock.hourOf(at), (expected.get(clock.hourOf(at)) ?? 0) + 1);
        const { hours } = summarize(instants.map(saleAt), new Set(), new ShopClock(zone));
        expect(new Map(hours.filter((h) => h.receipts > 0).map((h) => [h.hour, h.receipts]))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
