import { describe, expect, it } from 'vitest';
import type { RollBackDocument } from '../../shared/fiscal/documents';
import type { JournalDocumentView } from '../../shared/ipc/journal-view';
import type { Reconciliation } from '../../shared/reports/channels';
import { cashier, line, sale, tenders } from '../devices/caspos/testing/documents';
import { useReportsApps } from '../reports/testing/reports-app';
import { answered, submitDone } from '../reports/testing/shift-scenario';

const reportsApp = useReportsApps();

/** 18 % bread with a discount beside VAT-free tomatoes by weight, paid by card and cash with change. */
const mixed = () =>
  sale({
    lines: [
      line({ name: 'Çörək', quantity: 3000, price: 70, discount: 30, vatRate: 'vat18', itemUid: 'L1' }),
      line({ name: 'Pomidor', code: '2000000000022', codeType: 'plain', unit: 'kg', quantity: 1250, price: 349, vatRate: 'vatFree', itemUid: 'L2' }),
    ],
    tenders: tenders({ cash: 1000, card: 200 }),
  });

const mirrored = { tenders: tenders({ cash: 180 + 436 - 200, card: 200 }), vatAmounts: [{ vatRate: 'vat18', sum: 180 }, { vatRate: 'vatFree', sum: 436 }] };

describe('a rollback is built in the main process from its parent in the journal', () => {
  it('the renderer names the parent only; a caller’s own figures are replaced by the parent’s; the device and journal agree', async () => {
    const running = await reportsApp();
    const { app } = running;
    await app.dispatch('shift.open', { openingFloat: 0 });

    const first = await submitDone(app, mixed());
    const named = answered<JournalDocumentView>(await app.dispatch('document.rollBack', { parentUuid: first.uuid }));
    expect(named.state).toBe('done');
    expect(named.document).toMatchObject({ kind: 'rollBack', parentUuid: first.uuid, ...mirrored });

    // Figures sent by a caller (all at one rate, all cash) do not stick: the parent's are taken.
    const second = await submitDone(app, mixed());
    const wrong: RollBackDocument = { kind: 'rollBack', cashierName: cashier, parentUuid: second.uuid, tenders: tenders({ cash: 616 }), vatAmounts: [{ vatRate: 'vat18', sum: 616 }] };
    const submitted = answered<JournalDocumentView>(await app.dispatch('document.submit', { document: wrong }));
    expect(submitted.state).toBe('done');
    expect(submitted.document).toMatchObject(mirrored);

    const check = answered<Reconciliation>(await app.dispatch('report.reconcile', {}));
    expect(check.differences).toBe(0);
    expect(check.journal.rollback).toMatchObject({ count: 2, total: 1232, cash: 832, cashless: 400 });
  });

  it('refuses a parent the journal does not hold done, before anything is journaled', async () => {
    const running = await reportsApp();
    const { app } = running;
    await app.dispatch('shift.open', { openingFloat: 0 });
    expect(await app.dispatch('document.rollBack', { parentUuid: '6f1c2a9e-4b0d-4c1e-9a7b-1d2e3f405060' })).toMatchObject({ ok: false, error: { code: 'document_invalid', details: { problem: 'parentUnknown' } } });
    const deposit = await submitDone(app, { kind: 'deposit', cashierName: cashier, sum: 500 });
    expect(await app.dispatch('document.rollBack', { parentUuid: deposit.uuid })).toMatchObject({ ok: false, error: { code: 'document_invalid', details: { problem: 'parentUnknown' } } });
  });
});
