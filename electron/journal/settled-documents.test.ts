import { describe, expect, it } from 'vitest';
import { linesTotal } from '../../shared/fiscal/receipt-math';
import { ShopClock } from '../../shared/shop-time';
import { dashboardSummary } from '../dashboard/dashboard';
import { summarize } from '../../shared/dashboard/summarize';
import { timedJournal } from '../dashboard/testing/timed-journal';
import { closeDatabase } from '../db/open';
import { cashier } from '../devices/caspos/testing/documents';
import { useTempDirs } from '../testing/temp-dir';
import { DoneDocumentCache } from './done-document-cache';
import { StoredDocument } from './journal';
import { SettledDocuments, type SettledDocument } from './settled-documents';
import { randomSale } from './torture/random-sale';

const tempDir = useTempDirs();
const zone = 'Asia/Baku';

/** The day's done documents read the way the dashboard read them before the cache: every row parsed. */
function parsedAll(db: ReturnType<typeof timedJournal>['db'], from: Date, to: Date): SettledDocument[] {
  const rows = db
    .prepare("SELECT uuid, document, created_at AS createdAt, device_document_id AS documentId FROM journal_documents WHERE device_id = 'training' AND state = 'done' AND created_at >= ? AND created_at < ? ORDER BY id")
    .all(from.toISOString(), to.toISOString()) as { uuid: string; document: string; createdAt: string; documentId: string | null }[];
  return rows.map((row) => ({ ...row, document: StoredDocument.parse(row.document) }));
}

describe('settled documents read once and kept', () => {
  it('gives the same documents and the same dashboard on every read of a day as parsing every row does', () => {
    const journal = timedJournal(tempDir());
    const day = '2026-05-04';
    const clock = new ShopClock(zone);
    const { from, to } = clock.dayRange(day);
    journal.db.transaction(() => {
      // The day before, the day and the day after, with refunds, rollbacks (one after midnight) and an unanswered sale.
      for (let i = 0; i < 600; i++) {
        const at = from.getTime() - 3 * 3_600_000 + i * 180_000;
        const sale = randomSale(i + 1);
        const id = journal.add(sale, new Date(at).toISOString(), i % 97 === 5 ? 'unknown' : 'done');
        if (id && i % 20 === 3) {
          const lines = sale.lines.slice(0, 1);
          journal.add({ kind: 'moneyBack', cashierName: cashier, parentDocumentId: id, moneyBackType: 'sale', manual: false, lines, tenders: { cash: linesTotal(lines), card: 0, bonus: 0, credit: 0, prepayment: 0 } }, new Date(at + 60_000).toISOString());
        } else if (id && i % 31 === 7) {
          journal.add({ kind: 'rollBack', cashierName: cashier, parentDocumentId: id, tenders: sale.tenders, vatAmounts: [{ vatRate: 'vat18', sum: 1 }] }, new Date(at + 120_000).toISOString());
        }
      }
    })();
    try {
      const expected = parsedAll(journal.db, from, to);
      expect(expected.length).toBeGreaterThan(450);
      const source = new SettledDocuments(journal.db);
      const first = source.between('training', from, to);
      const second = source.between('training', from, to);
      expect(first.documents).toEqual(expected);
      expect(second.documents).toEqual(expected);
      expect(second.cancelled).toEqual(first.cancelled);
      expect(first.cancelled.size).toBeGreaterThan(0);

      const fresh = new SettledDocuments(journal.db);
      const before = { timeZone: zone, unsettled: fresh.between('training', from, to).unsettled, ...summarize(expected, fresh.between('training', from, to).cancelled, clock) };
      expect(dashboardSummary(source, 'training', zone, { scope: 'day', date: day })).toEqual(before);
      expect(dashboardSummary(source, 'training', zone, { scope: 'day', date: day })).toEqual(before);
      expect(before.totals.receipts).toBeGreaterThan(400);
    } finally {
      closeDatabase(journal.db);
    }
  });

  it('keeps the most recently used documents up to its bound', () => {
    const cache = new DoneDocumentCache<string>(3);
    for (const id of [1, 2, 3]) cache.set(id, `d${id}`);
    expect(cache.get(1)).toBe('d1');
    cache.set(4, 'd4');
    expect(cache.size).toBe(3);
    expect(cache.get(2)).toBeUndefined();
    expect([1, 3, 4].map((id) => cache.get(id))).toEqual(['d1', 'd3', 'd4']);
  });
});
