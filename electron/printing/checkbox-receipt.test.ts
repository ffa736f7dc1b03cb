import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkboxCapabilities } from '../../shared/devices/checkbox/capabilities';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import type { ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import { EventBus } from '../app/event-bus';
import { silentLogger } from '../app/logger';
import { closeDatabase } from '../db/open';
import { cashier, cashSale, line, sale, startHarness } from '../devices/checkbox/testing/harness';
import { noParents } from '../devices/testing/parents';
import { DeviceSender } from '../journal/sender';
import { openJournal } from '../journal/testing/journal-db';
import { useTempDirs } from '../testing/temp-dir';
import { pdfTextLines } from '../testing/pdf-reading';
import { ReceiptPrinting } from './receipt-printing';
import { startLoopbackPrinter } from './testing/loopback-printer';

const tempDir = useTempDirs();
const quick = { connectMs: 2_000, statusMs: 1_000, jobMs: 10_000 };

/** A sale through the real journal and sender on the Checkbox training server, printed on the loopback printer. */
async function setUp(paper: '58' | '80' = '58') {
  const h = await startHarness();
  expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'done' });
  const printer = await startLoopbackPrinter({ host: '127.0.0.72' });
  const { db, journal } = openJournal(tempDir());
  const bus = new EventBus();
  const sender = new DeviceSender('training', h.driver, journal, bus, silentLogger, { backoffMs: [1, 2], pollMs: [1, 1, 1] });
  let settings: ReceiptPrinterSettings = { kind: 'network', host: printer.host, port: printer.port, paper, codePage: 'cp1251', kickDrawerOnCash: true };
  const printing = new ReceiptPrinting({
    journal,
    bus,
    device: () => ({ id: 'training', driver: h.driver, capabilities: () => checkboxCapabilities }),
    printer: () => settings,
    logger: silentLogger,
    timeouts: quick,
  });
  const submit = async (document: FiscalDocument) => {
    const uuid = randomUUID();
    // As the document service does: one instant for the row and the bytes (an offline receipt's date).
    const journaledAt = new Date();
    const entry = journal.record({ uuid, deviceId: 'training', document, request: h.driver.build(document, uuid, noParents, journaledAt), total: null, journaledAt }, false);
    const settled = await sender.settled(entry.id);
    await printing.idle();
    return settled;
  };
  /** The service's own view of a receipt: its tax link is what the QR code must hold. */
  const taxUrl = async (uuid: string) => {
    const answer = await fetch(`${h.simulator.url}/receipts/${uuid}`, { headers: { Authorization: `Bearer ${await token()}` } });
    return ((await answer.json()) as { tax_url: string }).tax_url;
  };
  const token = async () => {
    const answer = await fetch(`${h.simulator.url}/cashier/signinPinCode`, {
      method: 'POST',
      headers: { 'X-License-Key': h.simulator.service.identity.licenseKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pin_code: h.simulator.service.identity.pin }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const close = async () => {
    await printing.close();
    await sender.stop();
    closeDatabase(db);
    await printer.close();
    await h.close();
  };
  return { h, journal, bus, printer, printing, submit, taxUrl, close, setPrinter: (s: ReceiptPrinterSettings) => (settings = s) };
}

type Setup = Awaited<ReturnType<typeof setUp>>;
let running: Setup | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('the Checkbox receipt on the app printer (loopback ESC/POS)', () => {
  it('prints a cash sale once it is done: the service text, the fiscal code, the tax QR code, the cut, and the drawer kick', async () => {
    running = await setUp('58');
    const entry = await running.submit(cashSale(1_000, 2_000));
    expect(entry.state).toBe('done');
    expect(running.printing.state(entry.uuid)).toEqual({ state: 'printed' });
    const [job] = await running.printer.waitForJobs(1);
    const fiscalCode = entry.result!.shortDocumentId!;
    expect(fiscalCode).toMatch(/^TEST-/);
    expect(job!.lines.every((l) => [...l].length <= 32)).toBe(true);
    expect(job!.lines.some((l) => l.includes(fiscalCode))).toBe(true);
    expect(job!.lines.some((l) => /^СУМА +10\.00$/.test(l))).toBe(true);
    expect(job!.lines.some((l) => /^Решта +10\.00$/.test(l))).toBe(true);
    expect(job!.lines).toContain('Хліб білий');
    expect(job!.qrCodes).toEqual([await running.taxUrl(entry.uuid)]);
    expect(entry.result!.receiptUrl).toBe(job!.qrCodes[0]);
    expect(job).toMatchObject({ cuts: 1, drawerKicks: 1, unknown: [] });
  });

  it('kicks no drawer for a card sale, and lays 80 mm paper out at 48 characters', async () => {
    running = await setUp('80');
    const entry = await running.submit(sale([line(2_550, { name: 'Молоко пастеризоване 2,5% жирності, пляшка' })], { card: 2_550 }));
    const [job] = await running.printer.waitForJobs(1);
    expect(job!.drawerKicks).toBe(0);
    expect(Math.max(...job!.lines.map((l) => [...l].length))).toBe(48);
    expect(job!.lines.some((l) => /^СУМА +25\.50$/.test(l) && l.length === 48)).toBe(true);
    expect(job!.lines.some((l) => l.includes(entry.result!.shortDocumentId!))).toBe(true);
  });

  it('a printer that is off leaves the sale done and says so; "Print again" prints it from the journal once the printer is back', async () => {
    running = await setUp();
    const { host, port } = running.printer;
    running.setPrinter({ kind: 'network', host, port: port === 65535 ? port - 1 : port + 1, paper: '58', codePage: 'cp1251', kickDrawerOnCash: true });
    const entry = await running.submit(cashSale(1_500));
    expect(entry.state).toBe('done');
    expect(running.printing.state(entry.uuid)).toMatchObject({ state: 'failed', problem: 'offline' });
    running.setPrinter({ kind: 'network', host, port, paper: '58', codePage: 'cp1251', kickDrawerOnCash: true });
    expect(await running.printing.print(entry.uuid)).toEqual({ state: 'printed' });
    const [job] = await running.printer.waitForJobs(1);
    expect(job!.lines.some((l) => l.includes(entry.result!.shortDocumentId!))).toBe(true);
  });

  it('paper out: the sale is done, nothing printed, and it prints again once the roll is changed', async () => {
    running = await setUp();
    running.printer.paperOut = true;
    const entry = await running.submit(cashSale(1_700));
    expect(entry.state).toBe('done');
    expect(running.printing.state(entry.uuid)).toMatchObject({ state: 'failed', problem: 'paperOut' });
    expect(running.printer.jobs).toEqual([]);
    running.printer.paperOut = false;
    expect(await running.printing.print(entry.uuid)).toEqual({ state: 'printed' });
    expect(await running.printer.waitForJobs(1)).toHaveLength(1);
  });

  it('prints again from the journal stored answer when the service cannot be reached, in its own layout with the fiscal code and QR code', async () => {
    running = await setUp();
    const entry = await running.submit(cashSale(1_900, 2_000));
    const url = await running.taxUrl(entry.uuid);
    await running.printer.waitForJobs(1);
    await running.h.simulator.close();
    expect(await running.printing.print(entry.uuid)).toEqual({ state: 'printed' });
    const [, copy] = await running.printer.waitForJobs(2);
    expect(copy!.lines).toContain('         ФІСКАЛЬНИЙ ЧЕК');
    expect(copy!.lines.some((l) => l.startsWith('ФН чека') && l.endsWith(entry.result!.shortDocumentId!))).toBe(true);
    expect(copy!.lines.some((l) => /^СУМА +19\.00$/.test(l))).toBe(true);
    expect(copy!.qrCodes).toEqual([url]);
  });

  it('prints a receipt made offline at once, with its reserved code and marked provisional, and no second paper when the service answers it', async () => {
    running = await setUp('58');
    const { h, bus, printing, printer } = running;
    expect(await h.driver.offline!.goOffline()).toMatchObject({ kind: 'done', value: { offline: true } });
    // The first offline POST is lost before the service commits it: the receipt waits unanswered.
    h.simulator.faults.next({ kind: 'dropBeforeCommit' }, 'sellOffline');
    const whenUnanswered: string[] = [];
    const unsubscribe = bus.subscribe((message) => {
      if (message.event === 'journal.document' && message.payload.state === 'unknown') whenUnanswered.push(printing.state(message.payload.uuid).state);
    });
    const entry = await running.submit(cashSale(1_000, 2_000));
    unsubscribe();
    expect(entry).toMatchObject({ state: 'done', operation: 'sell-offline', result: { provisional: true } });
    // Printing had begun before any answer came.
    expect(whenUnanswered.length).toBeGreaterThan(0);
    expect(whenUnanswered.every((state) => state !== 'off')).toBe(true);
    const code = (JSON.parse(entry.request) as { fiscal_code: string }).fiscal_code;
    const [job] = await printer.waitForJobs(1);
    expect(job!.lines.some((l) => l.includes(code))).toBe(true);
    expect(job!.lines.join(' ')).toContain('ОФЛАЙН');
    expect(job!.lines).toContain('Хліб білий');
    expect(job!.lines.some((l) => /^Решта +10\.00$/.test(l))).toBe(true);
    // The offline receipt's tax QR code: its reserved code, the offline date and time on Kyiv's clock, the register and the sum.
    const [day, time] = new Date(entry.createdAt).toLocaleString('sv-SE', { timeZone: 'Europe/Kyiv' }).split(' ');
    const fn = h.simulator.service.identity.fiscalNumber;
    expect(job!.qrCodes).toEqual([`https://cabinet.tax.gov.ua/cashregs/check?id=${encodeURIComponent(code)}&date=${day!.replaceAll('-', '')}&time=${time!.replaceAll(':', '%3A')}&fn=${fn}&sm=10.00`]);
    expect(job).toMatchObject({ cuts: 1, drawerKicks: 1 });
    await printing.idle();
    expect(printer.jobs).toHaveLength(1);
  }, 60_000);

  it('for the system printer gives the service’s own PDF of an answered receipt, and our layout when the service is away or for a copy', async () => {
    running = await setUp('58');
    const entry = await running.submit(cashSale(1_300));
    // The document's Creator, an indirect string object in pdfkit's output.
    const creator = (pdf: Buffer) => ['Checkbox training server', 'Kassa'].find((name) => pdf.toString('latin1').includes(`(${name})`));
    const service = await running.printing.pdf(entry.uuid, false);
    expect(service?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(creator(service!.bytes)).toBe('Checkbox training server');
    expect(service?.fileName).toBe(`receipt-${entry.result!.documentNumber}.pdf`);
    const copy = await running.printing.pdf(entry.uuid, true);
    expect(creator(copy!.bytes)).toBe('Kassa');
    expect(pdfTextLines(copy!.bytes).filter((l) => l.includes('КОПІЯ'))).toHaveLength(2);
    // A rendering that is no PDF is not handed on: our layout stands in.
    running.h.simulator.faults.next({ kind: 'garbage' }, 'rendering');
    expect(creator((await running.printing.pdf(entry.uuid, false))!.bytes)).toBe('Kassa');
    await running.h.simulator.close();
    const away = await running.printing.pdf(entry.uuid, false);
    expect(creator(away!.bytes)).toBe('Kassa');
    expect(pdfTextLines(away!.bytes).some((l) => l.includes(entry.result!.shortDocumentId!))).toBe(true);
  });

  it('prints nothing while no printer is set', async () => {
    running = await setUp();
    running.setPrinter({ kind: 'none' });
    const entry = await running.submit(cashSale(1_000));
    expect(running.printing.state(entry.uuid)).toEqual({ state: 'off' });
    expect(running.printer.jobs).toEqual([]);
  });

  it('prints nothing for a device that prints itself (capabilities, not the kind)', async () => {
    running = await setUp();
    const s = running;
    const itself = new ReceiptPrinting({
      journal: s.journal,
      bus: s.bus,
      device: () => ({ id: 'training', driver: s.h.driver, capabilities: () => ({ ...checkboxCapabilities, printsItself: true }) }),
      printer: () => ({ kind: 'network', host: s.printer.host, port: s.printer.port, paper: '58', codePage: 'cp1251', kickDrawerOnCash: true }),
      logger: silentLogger,
    });
    await s.printing.close();
    const entry = await s.submit(cashSale(1_000));
    await itself.close();
    expect(itself.needed()).toBe(false);
    expect(itself.state(entry.uuid)).toEqual({ state: 'off' });
    expect(s.printer.jobs).toEqual([]);
  });
});
