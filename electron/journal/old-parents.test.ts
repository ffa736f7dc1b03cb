import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { creditPayLines } from '../../shared/flows/credit';
import { buildDocumentRequest } from '../devices/caspos/testing/wire';
import { cashier, line, prepayment, sale, tenders } from '../devices/caspos/testing/documents';
import { dashboardSummary } from '../dashboard/dashboard';
import { bookedDocuments, currentShiftDocuments } from '../reports/shift-documents';
import { useTempDirs } from '../testing/temp-dir';
import { creditAccountOf, openAdvances, openCreditAccounts, refundableEntry } from './accounts';
import { flowRefusal } from './flow-guard';
import type { Journal } from './journal';
import { journalParents } from './parents';
import { SettledDocuments } from './settled-documents';
import { openJournal } from './testing/journal-db';

const tempDir = useTempDirs();
const terms = { contract: 'K-1', payer: 'Rəşad Əliyev' };
const fridge = line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, itemUid: 'F' });
const bread = line({ itemUid: 'B', quantity: 3000 });

/** A document journaled and done, as the app journals it; its UUID and the device id `D<n>`. */
function doneIn(journal: Journal) {
  let done = 0;
  return (input: unknown) => {
    const document = FiscalDocument.parse(input);
    const uuid = randomUUID();
    const { id } = journal.record({ uuid, deviceId: 'training', document, request: buildDocumentRequest(document, uuid, journalParents(journal, 'training')), total: null }, true);
    const documentId = `D${++done}`;
    journal.settle(id, { kind: 'done', duplicate: false, raw: '{}', value: { documentId, documentNumber: done } });
    return { uuid, documentId };
  };
}

/**
 * Documents journaled before issue 14 named their parent by the device's id. They stay in the
 * journal as they were (its rows are never updated), are read as they are, and count beside the
 * documents that name their parent by UUID: in a real SQLite file, closed and opened again.
 */
describe('a journal with parents named by the device’s id (before issue 14) and by UUID', () => {
  it('reads old documents without quarantine; balances, what is left to refund, cancellations and reports count both', () => {
    const dir = tempDir();
    {
      const { db, journal } = openJournal(dir);
      const add = doneIn(journal);
      // Before issue 14: every parent by the device's id.
      const creditSale = add(sale({ lines: [fridge], tenders: tenders({ cash: 8000, credit: 40000 }), credit: terms }));
      add({ kind: 'creditPay', cashierName: cashier, parentDocumentId: creditSale.documentId, lines: creditPayLines([fridge], 15000), tenders: tenders({ cash: 15000 }), paymentNumber: 1, residue: 25000, credit: terms });
      const advance = add(prepayment({ sum: 10000, tenders: tenders({ cash: 10000 }), cardSlip: undefined }));
      add(sale({ lines: [line({ price: 3000 })], tenders: tenders({ prepayment: 3000 }), prepaymentDocumentId: advance.documentId }));
      const cancelled = add(sale({ lines: [line({ price: 360 })], tenders: tenders({ cash: 360 }) }));
      add({ kind: 'rollBack', cashierName: cashier, parentDocumentId: cancelled.documentId, tenders: tenders({ cash: 360 }), vatAmounts: [{ vatRate: 'vat18', sum: 360 }] });
      const breadSale = add(sale({ lines: [bread], tenders: tenders({ cash: 360 }) }));
      add({ kind: 'moneyBack', cashierName: cashier, parentDocumentId: breadSale.documentId, moneyBackType: 'sale', manual: false, lines: [{ ...line({ parentItemUid: 'B' }), itemUid: undefined }], tenders: tenders({ cash: 120 }) });
      // After: the same kinds by UUID, on the same parents.
      add({ kind: 'creditPay', cashierName: cashier, parentUuid: creditSale.uuid, lines: creditPayLines([fridge], 5000), tenders: tenders({ cash: 5000 }), paymentNumber: 2, residue: 20000, credit: terms });
      add(sale({ lines: [line({ price: 2000 })], tenders: tenders({ prepayment: 2000 }), prepaymentUuid: advance.uuid }));
      const alsoCancelled = add(sale({ lines: [line({ price: 120 })], tenders: tenders({ cash: 120 }) }));
      add({ kind: 'rollBack', cashierName: cashier, parentUuid: alsoCancelled.uuid, tenders: tenders({ cash: 120 }), vatAmounts: [{ vatRate: 'vat18', sum: 120 }] });
      db.close();
    }

    const { db, journal } = openJournal(dir);
    const [creditSale] = openCreditAccounts(journal, 'training', undefined);
    expect(creditSale).toMatchObject({ credit: 40000, paid: 20000, residue: 20000, payments: 2, cancelled: false });
    expect(openAdvances(journal, 'training', undefined)).toMatchObject([{ sum: 10000, spent: 5000, balance: 5000 }]);

    const byNumber = (n: number) => journal.byDocumentId('training', `D${n}`)!;
    expect(journal.childrenOf('training', [{ uuid: byNumber(1).uuid, documentId: 'D1' }]).map((e) => e.kind)).toEqual(['creditPay', 'creditPay']);
    expect(creditAccountOf(journal, byNumber(1))).toMatchObject({ residue: 20000 });
    // Bread: three sold, one refunded before issue 14; the cancelled sales have nothing left.
    expect(refundableEntry(journal, byNumber(7))).toMatchObject({ cap: 240, lines: [{ remaining: 2000 }] });
    expect(refundableEntry(journal, byNumber(5))).toMatchObject({ cap: 0 });
    expect(refundableEntry(journal, byNumber(11))).toMatchObject({ cap: 0 });
    // A refund by UUID now is weighed against the refund named by the device's id before.
    const twoMore = { kind: 'moneyBack', cashierName: cashier, parentUuid: byNumber(7).uuid, moneyBackType: 'sale', manual: false, lines: [{ ...line({ parentItemUid: 'B', quantity: 3000 }), itemUid: undefined }], tenders: tenders({ cash: 360 }) } as const;
    expect(flowRefusal(journal, 'training', FiscalDocument.parse(twoMore), new Date())).toEqual({ problem: 'refundExceeded', limit: 240 });

    const settled = new SettledDocuments(db, journal.quarantine).currentShift('training');
    expect([...settled.cancelled].sort()).toEqual(['D11', 'D5']);
    expect(dashboardSummary(new SettledDocuments(db), 'training', 'Asia/Baku', { scope: 'shift' }).totals).toMatchObject({ rolledBack: 2, refundCount: 1 });
    // The shift's report books every one of them, old shape or new.
    expect(bookedDocuments(currentShiftDocuments(journal, 'training').documents)).toHaveLength(12);
    expect(journal.quarantine.list()).toEqual([]);
    db.close();
  });
});
