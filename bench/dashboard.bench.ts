import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linesTotal } from '../shared/fiscal/receipt-math';
import { ShopClock } from '../shared/shop-time';
import { dashboardSummary } from '../electron/dashboard/dashboard';
import { summarize } from '../shared/dashboard/summarize';
import { timedJournal } from '../electron/dashboard/testing/timed-journal';
import { closeDatabase } from '../electron/db/open';
import { cashier } from '../electron/devices/caspos/testing/documents';
import { SettledDocuments } from '../electron/journal/settled-documents';
import { randomSale } from '../electron/journal/torture/random-sale';
import { median, nowMs, row, verdict } from './measure';

/**
 * `npm run bench`: the dashboard of a busy day, 5,000 receipts between 08:00 and 22:00 in Baku,
 * with refunds and rollbacks, in a journal that also holds the day before and the day after.
 * What the manager waits for: reading the day's done documents from SQLite and computing the
 * figures, as the `dashboard.summary` handler does.
 */
const receiptsPerDay = 5_000;
const runs = 30;
const warmup = 3;
const days = ['2026-05-03', '2026-05-04', '2026-05-05'];
const zone = 'Asia/Baku';

function fill(dir: string) {
  const journal = timedJournal(dir);
  const clock = new ShopClock(zone);
  // One transaction per day: filling the file is not what is measured, and 30,000 fsyncs are slow.
  days.forEach((date, d) => {
    journal.db.transaction(() => {
      const opening = clock.dayRange(date).from.getTime() + 8 * 3_600_000;
      const step = (14 * 3_600_000) / receiptsPerDay;
      journal.add({ kind: 'closeShift', cashierName: cashier }, new Date(opening - 60_000).toISOString());
      for (let i = 0; i < receiptsPerDay; i++) {
        const at = opening + i * step;
        const sale = randomSale(d * receiptsPerDay + i + 1);
        const id = journal.add(sale, new Date(at).toISOString());
        // One receipt in 50 gets a line back, one in 100 is rolled back at once.
        if (i % 50 === 25) {
          const lines = sale.lines.slice(0, 1);
          const back = { cash: linesTotal(lines), card: 0, bonus: 0, credit: 0, prepayment: 0 };
          journal.add({ kind: 'moneyBack', cashierName: cashier, parentDocumentId: id, moneyBackType: 'sale', manual: false, lines, tenders: back }, new Date(at + step / 2).toISOString());
        } else if (i % 100 === 60) {
          journal.add({ kind: 'rollBack', cashierName: cashier, parentDocumentId: id, tenders: sale.tenders, vatAmounts: [{ vatRate: 'vat18', sum: 1 }] }, new Date(at + step / 2).toISOString());
        }
      }
    })();
  });
  return journal.db;
}

const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-'));
const t0 = nowMs();
const db = fill(dir);
const filled = nowMs() - t0;
const source = new SettledDocuments(db);
const dayMs: number[] = [];
const readMs: number[] = [];
const computeMs: number[] = [];
const shiftMs: number[] = [];
const coldMs: number[] = [];
let receipts = 0;
for (let i = 0; i < warmup + runs; i++) {
  // The first dashboard after the app started: every document of the day read and checked.
  const c = nowMs();
  dashboardSummary(new SettledDocuments(db), 'training', zone, { scope: 'day', date: days[1]! });
  if (i >= warmup) coldMs.push(nowMs() - c);
  const t = nowMs();
  const summary = dashboardSummary(source, 'training', zone, { scope: 'day', date: days[1]! });
  const t1 = nowMs();
  const clock = new ShopClock(zone);
  const { from, to } = clock.dayRange(days[1]!);
  const period = source.between('training', from, to);
  const t2 = nowMs();
  summarize(period.documents, period.cancelled, clock);
  const t3 = nowMs();
  dashboardSummary(source, 'training', zone, { scope: 'shift' });
  const t4 = nowMs();
  receipts = summary.totals.receipts;
  if (i >= warmup) {
    dayMs.push(t1 - t);
    readMs.push(t2 - t1);
    computeMs.push(t3 - t2);
    shiftMs.push(t4 - t3);
  }
}
closeDatabase(db);
rmSync(dir, { recursive: true, force: true });

console.log(`\nDashboard of a day with ${receiptsPerDay} receipts (${receipts} after rollbacks), ${days.length} such days in the journal (filled in ${(filled / 1000).toFixed(1)} s)\n`);
console.log(row('dashboard.summary, one day, first after start', coldMs, '(every document parsed)'));
console.log(row('dashboard.summary, one day', dayMs, '(documents checked before)'));
console.log(row('  read the day from SQLite', readMs));
console.log(row('  compute the figures', computeMs));
console.log(row('dashboard.summary, current shift', shiftMs));
console.log(`\ndashboard of a day median ${median(dayMs).toFixed(1)} ms (target < 20 ms): ${verdict(median(dayMs) < 20)}`);
console.log(`first dashboard of a day after start median ${median(coldMs).toFixed(1)} ms (target < 250 ms: the screen answers a tap at once): ${verdict(median(coldMs) < 250)}`);
