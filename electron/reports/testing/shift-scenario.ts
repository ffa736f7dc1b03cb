import { expect } from 'vitest';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../../shared/ipc/journal-view';
import { cashier, creditPay, line, moneyBack, prepayment, sale, tenders } from '../../devices/caspos/testing/documents';
import type { KassaApp } from '../../app/create-app';

/** The value of a channel's answer, which must be ok. */
export function answered<T>(result: unknown): T {
  expect((result as { ok: boolean }).ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  return (result as { ok: true; value: T }).value;
}

/** Submits a document through the journal, as the renderer does, and returns the journal's view. */
export async function submit(app: KassaApp, document: FiscalDocument): Promise<JournalDocumentView> {
  const result = await app.dispatch('document.submit', { document });
  expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
  return (result as { ok: true; value: JournalDocumentView }).value;
}

export async function submitDone(app: KassaApp, document: FiscalDocument): Promise<JournalDocumentView> {
  const view = await submit(app, document);
  expect(view.state, JSON.stringify(view.error)).toBe('done');
  return view;
}

/**
 * A day at a shop counter: an opening float; sales in cash with change, by card, split, with a
 * VAT-free weighed line and a discount; a refund; cash in and out; a rollback; an advance; a
 * sale on credit and its first payment; a correction receipt for a time the device was down.
 */
export async function runRealisticShift(app: KassaApp): Promise<void> {
  expect(await app.dispatch('shift.open', { openingFloat: 10_000 })).toEqual({ ok: true, value: {} });
  const first = await submitDone(app, sale({ tenders: tenders({ cash: 2000 }) }));
  await submitDone(app, sale({ lines: [line({ price: 4550, itemUid: 'C1' })], tenders: tenders({ card: 4550 }), cardSlip: { rrn: '420012558257' } }));
  await submitDone(
    app,
    sale({
      lines: [line({ price: 189, quantity: 2000, itemUid: 'M1' }), line({ name: 'Alma', code: '2000000000022', codeType: 'plain', unit: 'kg', quantity: 730, price: 250, vatRate: 'vatFree', itemUid: 'A1' })],
      tenders: tenders({ cash: 300, card: 400 }),
      cardSlip: { rrn: '420012558258' },
    }),
  );
  await submitDone(app, moneyBack(first.uuid));
  await submitDone(app, { kind: 'deposit', cashierName: cashier, sum: 5000 });
  await submitDone(app, { kind: 'withdraw', cashierName: cashier, sum: 2000, reason: 'Bank' });
  const cancelled = await submitDone(app, sale({ lines: [line({ price: 99, itemUid: 'R1' })], tenders: tenders({ cash: 100 }) }));
  await submitDone(app, { kind: 'rollBack', cashierName: cashier, parentUuid: cancelled.uuid, tenders: tenders({ cash: 99 }), vatAmounts: [{ vatRate: 'vat18', sum: 99 }] });
  await submitDone(app, prepayment());
  const onCredit = await submitDone(
    app,
    sale({ lines: [line({ name: 'Soyuducu', code: 'FR-01', codeType: 'plain', price: 48000, itemUid: 'F1' })], tenders: tenders({ cash: 8000, credit: 40000 }), credit: { contract: 'A1', payer: 'Rəşad Əliyev' } }),
  );
  await submitDone(app, creditPay(onCredit.uuid, { residue: 32000 }));
  await submitDone(app, {
    kind: 'correction',
    cashierName: cashier,
    firstOperationAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
    lastOperationAt: new Date(Date.now() - 4 * 3_600_000).toISOString(),
    cash: 1500,
    card: 700,
    vatRate: 'simplified2',
  });
}
