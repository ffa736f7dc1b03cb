import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FiscalDocument } from '../shared/fiscal/documents';
import { creditPayLines } from '../shared/flows/credit';
import { closeDatabase } from '../electron/db/open';
import { buildDocumentRequest } from '../electron/devices/caspos/testing/wire';
import { cashier, line, tenders } from '../electron/devices/caspos/testing/documents';
import { openAdvances, openCreditAccounts, refundableEntry } from '../electron/journal/accounts';
import { flowRefusal } from '../electron/journal/flow-guard';
import type { Journal } from '../electron/journal/journal';
import { openJournal } from '../electron/journal/testing/journal-db';
import { median, nowMs, row, verdict } from './measure';
import { journalParents } from '../electron/journal/parents';

/**
 * `npm run bench`: what the flows cost on a journal a shop fills in a year (50,000 sales, 500
 * credit sales with two payments and a refund each, 500 advances each partly spent): opening the
 * list of open credits or advances when the cashier taps, and the journal's check of one document
 * before it is journaled. Target: under 100 ms, a tap that feels instant.
 */
const sales = 50_000;
const accounts = 500;
const runs = 20;
const targetMs = 100;

let number = 10_000;
/** Journals a document as done; its journal UUID, by which later documents name it. */
function done(journal: Journal, document: FiscalDocument): string {
  const uuid = randomUUID();
  const entry = journal.record({ uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, journalParents(journal, 'training')), total: null }, true);
  const documentId = randomUUID().replace(/-/g, '').padEnd(44, 'x');
  journal.settle(entry.id, { kind: 'done', value: { documentId, documentNumber: number++ }, duplicate: false, raw: '' });
  return uuid;
}

function fill(journal: Journal) {
  const terms = { contract: 'KR-1', payer: 'Rəşad Əliyev' };
  const fridge = line({ name: 'Soyuducu', price: 48000, itemUid: 'F' });
  for (let i = 0; i < sales; i++) done(journal, { kind: 'sale', cashierName: cashier, lines: [line()], tenders: tenders({ cash: 120 }) });
  for (let i = 0; i < accounts; i++) {
    const sale = done(journal, { kind: 'sale', cashierName: cashier, lines: [fridge], tenders: tenders({ cash: 8000, credit: 40000 }), credit: { ...terms, contract: `KR-${i}` } });
    for (const payment of [1, 2]) {
      done(journal, { kind: 'creditPay', cashierName: cashier, parentUuid: sale, lines: creditPayLines([fridge], 5000), tenders: tenders({ cash: 5000 }), paymentNumber: payment, residue: 40000 - payment * 5000, credit: terms });
    }
    done(journal, { kind: 'moneyBack', cashierName: cashier, parentUuid: sale, moneyBackType: 'sale', manual: false, lines: [{ ...fridge, quantity: 1000, parentItemUid: 'F' }], tenders: tenders({ credit: 1000, cash: 47000 }) });
    const advance = done(journal, { kind: 'prepayment', cashierName: cashier, sum: 10000, vatRate: 'vat18', tenders: tenders({ cash: 10000 }), client: { name: `Müştəri ${i}` } });
    done(journal, { kind: 'sale', cashierName: cashier, lines: [line({ price: 3000 })], tenders: tenders({ prepayment: 3000 }), prepaymentUuid: advance });
  }
}

function measure(name: string, action: () => unknown): void {
  const values = Array.from({ length: runs }, () => {
    const t = nowMs();
    action();
    return nowMs() - t;
  });
  console.log(`${row(name, values)}  ${verdict(median(values) < targetMs)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kassa-bench-flows-'));
try {
  const { db, journal } = openJournal(dir);
  const t = nowMs();
  // One transaction for the lot: each record and settle becomes a savepoint, not an fsync.
  db.transaction(() => fill(journal))();
  console.log(`\nflows: a journal of ${sales + accounts * 6} documents made in ${((nowMs() - t) / 1000).toFixed(1)} s`);
  const credits = openCreditAccounts(journal, 'training', undefined);
  const lastSale = journal.byUuid(credits[0]!.uuid)!;
  const payment: FiscalDocument = {
    kind: 'creditPay',
    cashierName: cashier,
    parentUuid: credits[0]!.uuid,
    lines: creditPayLines(credits[0]!.sale.lines, 100),
    tenders: tenders({ cash: 100 }),
    paymentNumber: 3,
    residue: credits[0]!.residue - 100,
    credit: { contract: credits[0]!.contract, payer: credits[0]!.payer },
  };
  measure('open credit accounts (500, 50 shown)', () => openCreditAccounts(journal, 'training', undefined));
  measure('open credit accounts, searched "KR-42"', () => openCreditAccounts(journal, 'training', 'KR-42'));
  measure('open advances (500, 50 shown)', () => openAdvances(journal, 'training', undefined));
  measure('what is left to refund of a credit sale', () => refundableEntry(journal, lastSale));
  measure('journal check of a credit payment', () => flowRefusal(journal, 'training', payment, new Date()));
  closeDatabase(db);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

export {};
