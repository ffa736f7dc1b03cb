import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../electron/db/open';
import { buildDocumentRequest } from '../electron/devices/caspos/testing/wire';
import { line, sale, tenders } from '../electron/devices/caspos/testing/documents';
import { openJournal } from '../electron/journal/testing/journal-db';
import { bookedDocuments, currentShiftDocuments } from '../electron/reports/shift-documents';
import { shiftTotals } from '../electron/reports/shift-totals';
import { median, nowMs, row, verdict } from './measure';
import { noParents } from '../electron/devices/testing/parents';

/**
 * `npm run bench`: the journal's own totals of a shift of 1,000 receipts, read from a real
 * database file: the SQLite read, each document's schema check and the sums, as report.reconcile
 * and report.z do them.
 */
const receipts = 1_000;
const runs = 30;
const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-reports-'));
const { db, journal } = openJournal(dir);
try {
  journal.recordEvent('training', 'openShift', 'done', { openingFloat: 10_000, value: null });
  for (let i = 0; i < receipts; i++) {
    const uuid = randomUUID();
    const lines = [line({ itemUid: 'A', price: 120 + (i % 7) }), line({ name: 'Pomidor', code: '2000000000015', unit: 'kg', quantity: 500 + i, price: 349, vatRate: 'vatFree', itemUid: 'B' })];
    const document = sale({ lines, tenders: i % 3 === 0 ? tenders({ card: 100, cash: 5000 }) : tenders({ cash: 5000 }) });
    const entry = journal.record({ uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, noParents), total: null }, true);
    journal.settle(entry.id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId: `D${i}`, documentNumber: 10_001 + i } });
  }
  const times: number[] = [];
  let saleCount = 0;
  for (let run = 0; run < runs; run++) {
    const start = nowMs();
    const shift = currentShiftDocuments(journal, 'training');
    const report = shiftTotals({ currency: 'AZN', documents: bookedDocuments(shift.documents), openingFloats: shift.openingFloats.map((f) => f.sum) });
    times.push(nowMs() - start);
    saleCount = report.sale.count;
  }
  console.log(`\nReports (${receipts} receipts in one shift, ${runs} runs)\n`);
  console.log(row('journal totals of the shift (read + sums)', times, `${saleCount} sales`));
  console.log(`journal totals median ${median(times).toFixed(1)} ms (target < 100 ms, so the Reports screen answers a tap at once): ${verdict(median(times) < 100)}`);
} finally {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
}
