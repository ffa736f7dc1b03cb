import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentTotal } from '../shared/fiscal/document-total';
import { FiscalDocument } from '../shared/fiscal/documents';
import { ShopClock } from '../shared/shop-time';
import { createApp } from '../electron/app/create-app';
import { silentLogger } from '../electron/app/logger';
import { dashboardSummary } from '../electron/dashboard/dashboard';
import { closeDatabase, databaseFileName, openCheckedDatabase, openDatabase } from '../electron/db/open';
import { buildDocumentRequest } from '../electron/devices/caspos/testing/wire';
import { noParents } from '../electron/devices/testing/parents';
import { openAdvances, openCreditAccounts } from '../electron/journal/accounts';
import { SettledDocuments } from '../electron/journal/settled-documents';
import { randomSale } from '../electron/journal/torture/random-sale';
import { currentShiftDocuments } from '../electron/reports/shift-documents';
import { ShiftReports } from '../electron/reports/shift-reports';
import { median, nowMs } from './measure';
import { recordScale, rssMb, scaleSizes } from './scaling';

/**
 * `npm run bench`: a journal the size a shop fills in days, a month, a year (10k, 100k, with
 * --full 1M documents, 2,740 receipts a day with a Z report each morning) on a real migrated
 * file. What the main process does before the sale screen can show (open with the quick check,
 * migrations, the recovery scan, the device, catalogue and settings: createApp), and the reports
 * a manager opens, each into the scaling table. The journal is filled by direct SQL in one
 * transaction: filling is not what is measured.
 */
const perDay = 2_740;
const runs = 5;
const zone = 'Asia/Baku';
const dayMs = 86_400_000;

/** A few hundred distinct receipts, each as the journal stores it, cycled through the year. */
function receipts() {
  return Array.from({ length: 300 }, (_, i) => {
    const document = FiscalDocument.parse(randomSale(i + 1));
    return { kind: document.kind, text: JSON.stringify(document), request: buildDocumentRequest(document, randomUUID(), noParents), total: documentTotal(document) };
  });
}

function fill(file: string, deviceId: string, count: number): void {
  const db = openDatabase(file);
  const stored = receipts();
  const close = FiscalDocument.parse({ kind: 'closeShift', cashierName: 'Bench' });
  const closeRequest = buildDocumentRequest(close, randomUUID(), noParents);
  const insert = db.prepare(
    `INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, total, state, attempts, created_at, updated_at,
       device_document_id, device_document_number, result, raw_answer)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'done', 1, ?, ?, ?, ?, ?, ?)`,
  );
  const move = db.prepare('INSERT INTO journal_transitions (document_id, from_state, to_state, at, reason) VALUES (?, ?, ?, ?, ?)');
  const days = Math.ceil(count / perDay);
  // The last day is today, so the current shift and today's dashboard are a full day's trading.
  const firstDay = Math.floor(Date.now() / dayMs) * dayMs - (days - 1) * dayMs;
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const day = Math.floor(n / perDay);
      const inDay = n % perDay;
      // 04:00 UTC is 08:00 in Baku: the Z report of the night before opens each day.
      const at = new Date(firstDay + day * dayMs + 4 * 3_600_000 + inDay * 15_000).toISOString();
      const isClose = inDay === 0;
      const doc = isClose ? { kind: 'closeShift', text: JSON.stringify(close), request: closeRequest, total: null } : stored[n % stored.length]!;
      const result = JSON.stringify({ documentId: `D${n}`, documentNumber: n + 1 });
      const { lastInsertRowid } = insert.run(randomUUID(), deviceId, doc.kind, doc.request.operation, doc.request.body, doc.text, doc.total, at, at, `D${n}`, n + 1, result, result);
      move.run(lastInsertRowid, null, 'pending', at, 'journaled');
      move.run(lastInsertRowid, 'pending', 'sending', at, 'attempt 1');
      move.run(lastInsertRowid, 'sending', 'done', at, 'done');
    }
  })();
  closeDatabase(db);
}

/** Median of `runs` timings of `action`, in ms. */
async function timed(action: () => unknown, count = runs): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = nowMs();
    await action();
    values.push(nowMs() - t);
  }
  return median(values);
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);

console.log(`\nA year's journal: ${perDay} receipts a day, sizes ${scaleSizes('documents').join(', ')}`);
for (const size of scaleSizes('documents')) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-bench-documents-'));
  try {
    const first = await createApp({ host: 'web', dataDir, logger: silentLogger, training: 'caspos' });
    const deviceId = first.context.device.id;
    await first.context.device.driver!.openShift('Bench', 0);
    await first.close();
    const file = join(dataDir, databaseFileName);
    const t = nowMs();
    fill(file, deviceId, size);
    const filled = nowMs() - t;
    const mb = statSync(file).size / 1e6;

    const q = nowMs();
    closeDatabase(openCheckedDatabase(file));
    const quickCheck = nowMs() - q;
    const s = nowMs();
    const app = await createApp({ host: 'web', dataDir, logger: silentLogger, training: 'caspos' });
    const startup = nowMs() - s;
    // From 64 MB up the quick check runs on its own thread while the sale screen paints; the
    // first fiscal document waits for its verdict.
    await app.journalVerified;
    const verdict = nowMs() - s;
    recordScale('start-up to the sale screen (createApp)', 'documents', size, ms(startup));
    recordScale('  the quick check alone, at open', 'documents', size, ms(quickCheck));
    recordScale('  until the check\'s verdict (sales wait)', 'documents', size, ms(verdict));
    try {
      const ctx = app.context;
      const reports = new ShiftReports(ctx);
      const clock = new ShopClock(zone);
      const today = clock.dateOf(Date.now());
      const groups = ctx.device.capabilities()?.taxGroups;
      let sold = 0;
      // The journal's own queries on the sale path (the open documents, the queue) must not grow with the year.
      const sale = await timed(async () => {
        const entry = await ctx.documents!.submit(randomSale(++sold, groups), 10_000);
        if (entry.state !== 'done') throw new Error(`sale ${sold} ended ${entry.state}`);
      }, 40);
      recordScale('a sale, end to end (submit -> done)', 'documents', size, ms(sale));
      const figures: [string, () => unknown][] = [
        ['X report: journal totals of the shift', () => reports.journalReport(currentShiftDocuments(ctx.journal, deviceId))],
        ['reconciliation (device X + journal)', () => reports.reconcile('Bench')],
        ['expected cash in the drawer', () => reports.expectedCash()],
        ['period report, the last 7 days', () => reports.periodic(new Date(Date.now() - 7 * dayMs).toISOString(), new Date().toISOString())],
        ['Z reports list', () => reports.zList()],
        ['dashboard of today, first after start', () => dashboardSummary(new SettledDocuments(ctx.db), deviceId, zone, { scope: 'day', date: today })],
        ['flows: open credit accounts', () => openCreditAccounts(ctx.journal, deviceId, undefined)],
        ['flows: open advances', () => openAdvances(ctx.journal, deviceId, undefined)],
      ];
      const line: string[] = [];
      for (const [figure, action] of figures) {
        const value = await timed(action);
        recordScale(figure, 'documents', size, ms(value));
        line.push(`${figure} ${ms(value)}`);
      }
      console.log(`${size} documents (${mb.toFixed(0)} MB file, filled in ${(filled / 1000).toFixed(1)} s): start-up ${ms(startup)} (quick check ${ms(quickCheck)}, verdict at ${ms(verdict)}), ${Math.round(rssMb())} MB resident; a sale ${ms(sale)}; ${line.join('; ')}`);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
