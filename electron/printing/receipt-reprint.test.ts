import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/reports/channels';
import type { PrintState, ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import type { KassaApp } from '../app/create-app';
import { cashSale } from '../devices/checkbox/testing/harness';
import { answered, submitDone } from '../reports/testing/shift-scenario';
import { pdfTextLines } from '../testing/pdf-reading';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp, testManager } from '../testing/test-app';
import { startLoopbackPrinter, type LoopbackPrinter } from './testing/loopback-printer';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await app?.close();
  await printer?.close();
  app = undefined;
  printer = undefined;
});

const always = ['2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z'] as const;

async function checkboxApp(settings: (printer: LoopbackPrinter) => ReceiptPrinterSettings) {
  printer = await startLoopbackPrinter({ host: '127.0.0.76' });
  app = await startTestApp(tempDir(), { trainingKind: 'checkbox', backoffMs: [10, 20, 40] });
  answered(await app.dispatch('printer.save', { settings: settings(printer) }));
  answered(await app.dispatch('shift.open', { openingFloat: 0 }));
  return { app, printer };
}

describe('a reprint from receipt detail: a copy on the paper, and in the audit log', () => {
  it('is offered where the device needs the app’s printer and one is set, never where none is', async () => {
    app = await startTestApp(tempDir(), { trainingKind: 'checkbox', backoffMs: [10, 20, 40] });
    expect(answered(await app.dispatch('receipt.reprintable', {}))).toEqual({ reprintable: false });
    printer = await startLoopbackPrinter({ host: '127.0.0.76' });
    answered(await app.dispatch('printer.save', { settings: { kind: 'network', host: printer.host, port: printer.port, paper: '80', codePage: 'cp1251', kickDrawerOnCash: false } }));
    expect(answered(await app.dispatch('receipt.reprintable', {}))).toEqual({ reprintable: true });
  });

  it('prints the receipt again on the ESC/POS printer marked КОПІЯ above and below, with the same fiscal code and QR code, and records who did it', async () => {
    const { app, printer } = await checkboxApp((p) => ({ kind: 'network', host: p.host, port: p.port, paper: '58', codePage: 'cp1251', kickDrawerOnCash: true }));
    const sold = await submitDone(app, cashSale(1_200, 2_000));
    await app.context.printing.idle();
    const [original] = await printer.waitForJobs(1);
    expect(original!.lines.join('\n')).not.toContain('КОПІЯ');
    expect(answered<PrintState>(await app.dispatch('receipt.reprint', { uuid: sold.uuid }))).toEqual({ state: 'printed' });
    const [, copy] = await printer.waitForJobs(2);
    expect(copy!.lines[0]).toBe('         *** КОПІЯ ***');
    // The last printed words, above the QR code.
    expect(copy!.lines.filter((l) => l.trim() !== '').at(-1)).toBe('         *** КОПІЯ ***');
    expect(copy!.lines.some((l) => l.includes(sold.result!.shortDocumentId!))).toBe(true);
    expect(copy!.qrCodes).toEqual(original!.qrCodes);
    // A copy opens no drawer: no cash changes hands for it.
    expect(copy!.drawerKicks).toBe(0);
    const entries = app.context.audit.list(...always).filter((e) => e.action === 'receiptReprinted');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'done', actor: testManager.name, details: { kind: 'sale', number: sold.result!.documentNumber, uuid: sold.uuid } });
    expect(Date.parse(entries[0]!.at)).not.toBeNaN();
  });

  it('a reprint that meets a printer with no paper is recorded as failed; a document not done is not reprinted', async () => {
    const { app, printer } = await checkboxApp((p) => ({ kind: 'network', host: p.host, port: p.port, paper: '80', codePage: 'cp1251', kickDrawerOnCash: false }));
    const sold = await submitDone(app, cashSale(500));
    await app.context.printing.idle();
    printer.paperOut = true;
    expect(answered<PrintState>(await app.dispatch('receipt.reprint', { uuid: sold.uuid }))).toMatchObject({ state: 'failed', problem: 'paperOut' });
    expect(app.context.audit.list(...always).find((e) => e.action === 'receiptReprinted')).toMatchObject({ outcome: 'failed', details: { uuid: sold.uuid } });
    expect(await app.dispatch('receipt.reprint', { uuid: '6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
  });

  it('in the web host the copy is a PDF that says КОПІЯ', async () => {
    const { app } = await checkboxApp(() => ({ kind: 'system', paper: '58' }));
    const sold = await submitDone(app, cashSale(800));
    await app.context.printing.idle();
    expect(answered<PrintState>(await app.dispatch('receipt.reprint', { uuid: sold.uuid }))).toEqual({ state: 'pdf' });
    const file = answered<ExportFile>(await app.dispatch('receipt.pdf', { uuid: sold.uuid, copy: true }));
    const lines = pdfTextLines(Buffer.from(file.base64, 'base64'));
    expect(lines.filter((l) => l.includes('КОПІЯ'))).toHaveLength(2);
    expect(lines.some((l) => l.includes(sold.result!.shortDocumentId!))).toBe(true);
    expect(app.context.audit.list(...always).find((e) => e.action === 'receiptReprinted')).toMatchObject({ outcome: 'done' });
  });
});
