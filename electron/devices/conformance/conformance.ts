import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceKind } from '../../../shared/device';
import { DocumentKind, type DeviceCapabilities } from '../../../shared/devices/capabilities';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import type { Refundable } from '../../../shared/flows/accounts';
import { moneyBackDocument } from '../../../shared/flows/money-back';
import type { JournalDocumentEvent } from '../../../shared/ipc/events';
import type { JournalDocumentView } from '../../../shared/ipc/journal-view';
import type { Reconciliation } from '../../../shared/reports/channels';
import type { ZReportRecord } from '../../../shared/reports/z-report';
import type { KassaApp } from '../../app/create-app';
import { useTempDirs } from '../../testing/temp-dir';
import { startTestApp } from '../../testing/test-app';
import type { TrainingFaults } from '../driver';
import { descriptorOf } from '../registry';
import { noParents } from '../testing/parents';
import { advanceSpending, cashSale, conformanceCashier, creditPayOf, creditSale, inTaxGroup, moneyBackOf, parentless, rollBackOf } from './documents';

type SentKind = Exclude<DocumentKind, 'closeShift'>;

/**
 * What every driver and its training device must pass, over real HTTP on 127.0.0.1 through the
 * real app (dispatcher, journal, sender, reports). A driver runs it with one line in its own
 * folder: `describeConformance('<kind>')`. Everything is bounded by counts, never by time.
 */
export function describeConformance(kind: DeviceKind): void {
  describe(`the ${kind} driver and its training device (conformance)`, () => {
    const tempDir = useTempDirs();
    const descriptor = descriptorOf(kind);
    /** The documents' lines go in the first tax group the device takes (Azerbaijan's 18 % on Caspos). */
    const group = descriptor?.capabilities.taxGroups[0] ?? 'vat18';
    let app: KassaApp;
    let faults: TrainingFaults;
    let capabilities: DeviceCapabilities;
    const events: JournalDocumentEvent[] = [];
    /** Sales the journal settled as done, to count against the device's X report. */
    let sales = 0;

    async function submit(built: FiscalDocument): Promise<JournalDocumentView> {
      const document = inTaxGroup(built, group);
      const result = await app.dispatch('document.submit', { document });
      expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
      const view = (result as { ok: true; value: JournalDocumentView }).value;
      expect(view.state, `${document.kind}: ${JSON.stringify(view.error)}`).toBe('done');
      if (document.kind === 'sale') sales += 1;
      return view;
    }

    async function value<T>(channel: string, input: unknown): Promise<T> {
      const result = await app.dispatch(channel, input);
      expect(result.ok, JSON.stringify(result).slice(0, 400)).toBe(true);
      return (result as { ok: true; value: T }).value;
    }

    function journaled(): { documents: number; events: number } {
      return app.context.db.prepare('SELECT (SELECT count(*) FROM journal_documents) AS documents, (SELECT count(*) FROM journal_events) AS events').get() as {
        documents: number;
        events: number;
      };
    }

    /**
     * How the device heard of `uuid`: `resend` devices get the stored bytes again, unchanged;
     * `lookup` devices are asked by the UUID before every re-send. Returns the documents sent.
     */
    function sendsOf(uuid: string): number {
      const requests = faults.received().filter((request) => request.uuid === uuid);
      const sends = requests.filter((request) => !request.lookup);
      expect(new Set(sends.map((request) => request.body)).size).toBe(1);
      if (capabilities.recovery === 'resend') expect(requests).toHaveLength(sends.length);
      else
        requests.forEach((request, index) => {
          if (!request.lookup && sends.indexOf(request) > 0) expect(requests[index - 1]?.lookup, `a re-send of ${uuid} without a lookup before it`).toBe(true);
        });
      return sends.length;
    }

    beforeAll(async () => {
      expect(descriptor?.training, `${kind} registers no driver with a training device`).toBeDefined();
      app = await startTestApp(tempDir(), { trainingKind: kind, backoffMs: [10, 20, 40] });
      app.context.bus.subscribe((message) => message.event === 'journal.document' && events.push(message.payload));
      const device = app.context.device;
      expect(device.status()).toMatchObject({ kind, training: true, connection: 'online' });
      expect(device.trainingFaults, `the ${kind} training device stages no faults`).toBeDefined();
      faults = device.trainingFaults!;
      capabilities = descriptor!.capabilities;
      expect(await app.dispatch('shift.open', { openingFloat: 0 })).toMatchObject({ ok: true });
    });
    afterAll(async () => app?.close());

    it('journals every document kind its capabilities declare, and the device does each', async () => {
      const declared = new Set(capabilities.documentKinds);
      const can = (tender: string) => (capabilities.tenders as readonly string[]).includes(tender);
      const done: DocumentKind[] = [];
      const parents: Partial<Record<'sale' | 'prepayment' | 'creditPay', string>> = {};
      for (const sentKind of DocumentKind.options) {
        if (sentKind === 'closeShift' || !declared.has(sentKind)) continue;
        const document = parentless(sentKind);
        if (!document) continue;
        const view = await submit(document);
        if (sentKind === 'sale' || sentKind === 'prepayment') parents[sentKind] = view.uuid;
        done.push(sentKind);
      }
      if (declared.has('prepayment') && can('prepayment')) await submit(advanceSpending(parents.prepayment!, 1000));
      if (declared.has('creditPay') && can('credit')) {
        const onCredit = await submit(creditSale(48000, 40000));
        parents.creditPay = (await submit(creditPayOf(onCredit.uuid))).uuid;
        done.push('creditPay');
      }
      if (declared.has('rollBack')) {
        const cancelled = await submit(cashSale(99));
        await submit(rollBackOf(cancelled.uuid, 99));
        done.push('rollBack');
      }
      if (declared.has('moneyBack')) {
        for (const refundType of capabilities.refundTypes) {
          const parentUuid = parents[refundType];
          expect(parentUuid, `no ${refundType} was made to refund`).toBeDefined();
          const refundable = await value<Refundable>('journal.refundable', { uuid: parentUuid });
          const lines = refundable.lines.map((entry) => entry.line);
          await submit(moneyBackDocument({ parent: { uuid: parentUuid! }, moneyBackType: refundType, lines, returnFirst: refundable.returnFirst, toCard: false, cashierName: conformanceCashier, cashRounding: capabilities.cashRounding }));
        }
        done.push('moneyBack');
      }
      expect([...done].sort()).toEqual(capabilities.documentKinds.filter((k) => k !== 'closeShift').sort());
    }, 120_000);

    it('settles a document whose answer was dropped before the device read it, once', async () => {
      faults.dropAnswer('sale', 'beforeCommit');
      const view = await submit(cashSale(130));
      expect(view).toMatchObject({ state: 'done', duplicate: false });
      expect(sendsOf(view.uuid)).toBe(2);
    }, 60_000);

    it('settles a document whose answer was dropped after the device committed it, once', async () => {
      faults.dropAnswer('sale', 'afterCommit');
      const view = await submit(cashSale(140));
      // A resend device answers the second copy as a duplicate; a lookup device finds the first.
      if (capabilities.recovery === 'resend') {
        expect(view).toMatchObject({ state: 'done', duplicate: true });
        expect(sendsOf(view.uuid)).toBe(2);
      } else {
        expect(sendsOf(view.uuid)).toBe(1);
      }
    }, 60_000);

    it('never reported anything of the run as rejected: unknown stays unknown until settled', () => {
      expect(events.length).toBeGreaterThan(0);
      expect(events.filter((event) => event.state === 'rejected')).toEqual([]);
    });

    it('agrees with the journal in the X report: every figure, each sale counted once', async () => {
      if (!capabilities.reports.includes('x')) {
        console.info(`${kind}: no X report declared, so its totals are compared only in the Z report`);
        return;
      }
      const reconciliation = await value<Reconciliation>('report.reconcile', {});
      expect(reconciliation.rows.filter((row) => row.differs)).toEqual([]);
      expect(reconciliation).toMatchObject({ differences: 0, unsettled: 0, mismatches: [] });
      expect(reconciliation.device.sale.count).toBe(sales);
    }, 60_000);

    it('closes the shift with a Z report whose totals equal the journal’s', async () => {
      if (!capabilities.documentKinds.includes('closeShift')) {
        console.info(`${kind}: no closeShift declared, so there is no Z report to compare`);
        return;
      }
      const z = await value<ZReportRecord>('report.z', {});
      expect(z.rows.filter((row) => row.differs)).toEqual([]);
      expect(z.differences).toBe(0);
      expect(z.device.sale.count).toBe(sales);
      const closed = await value<JournalDocumentView>('journal.get', { uuid: z.journalUuid });
      expect(closed).toMatchObject({ kind: 'closeShift', state: 'done' });
    }, 60_000);

    it('calls an answer lost before or after the device committed unknown, never rejected', async () => {
      // The shift is closed: whatever the device does with these, nothing moves its totals.
      const driver = app.context.device.driver!;
      for (const when of ['beforeCommit', 'afterCommit'] as const) {
        faults.dropAnswer('sale', when);
        const outcome = await driver.send(driver.build(inTaxGroup(cashSale(150), group), randomUUID(), noParents));
        expect(outcome, when).toMatchObject({ kind: 'unknown' });
      }
    }, 60_000);

    it('refuses a kind its capabilities lack before the journal stores anything', async () => {
      const device = app.context.device;
      const declared = device.capabilities.bind(device);
      const sent: Record<SentKind, FiscalDocument> = {
        sale: cashSale(120),
        moneyBack: moneyBackOf(randomUUID()),
        creditPay: creditPayOf(randomUUID()),
        prepayment: parentless('prepayment')!,
        deposit: parentless('deposit')!,
        withdraw: parentless('withdraw')!,
        correction: parentless('correction')!,
        rollBack: rollBackOf(randomUUID(), 120),
      };
      for (const [lacking, document] of Object.entries(sent) as [SentKind, FiscalDocument][]) {
        device.capabilities = () => {
          const full = declared();
          return full && { ...full, documentKinds: full.documentKinds.filter((k) => k !== lacking) };
        };
        try {
          const before = journaled();
          expect(await app.dispatch('document.submit', { document: inTaxGroup(document, group) }), lacking).toMatchObject({ ok: false, error: { code: 'not_supported', details: { capability: `document.${lacking}` } } });
          expect(journaled()).toEqual(before);
        } finally {
          device.capabilities = declared;
        }
      }
    }, 60_000);
  });
}
