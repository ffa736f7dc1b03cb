import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/reports/channels';
import type { PrintState, ReceiptPrinterSettings } from '../../shared/printing/printer-settings';
import type { ReceiptPrinterView } from '../../shared/printing/channels';
import type { KassaApp } from '../app/create-app';
import { cashSale } from '../devices/checkbox/testing/harness';
import { answered, submitDone } from '../reports/testing/shift-scenario';
import { pdfTextLines } from '../testing/pdf-reading';
import { useTempDirs } from '../testing/temp-dir';
import { startTestApp } from '../testing/test-app';
import { receiptPdf } from './receipt-pdf';
import { sampleReceipt } from '../../shared/printing/testing/sample-receipt';

const tempDir = useTempDirs();
let app: KassaApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The page's width in points, from its MediaBox. */
const pageWidth = (pdf: Buffer) => Number(/\/MediaBox \[0 0 ([\d.]+)/.exec(pdf.toString('latin1'))?.[1]);

describe('the receipt as a PDF (the web host system printer)', () => {
  it('draws the receipt lines, the fiscal code and the QR code on a page as wide as the roll', async () => {
    const narrow = await receiptPdf(sampleReceipt(), 32);
    const wide = await receiptPdf(sampleReceipt(), 48);
    expect(pageWidth(narrow)).toBeCloseTo((58 * 72) / 25.4, 1);
    expect(pageWidth(wide)).toBeCloseTo((80 * 72) / 25.4, 1);
    const lines = pdfTextLines(narrow);
    expect(lines).toContain('ФІСКАЛЬНИЙ ЧЕК');
    expect(lines).toContain('ФН чекаTEST-Xd-V3m');
    expect(lines).toContain('СУМА93.99');
    expect(lines).toContain('Молоко пастеризоване 2,5% їжа');
    expect(narrow.toString('latin1')).toContain('/Subtype /Image');
    expect(pdfTextLines(wide)).toContain('Молоко пастеризоване 2,5% їжа ґатунок І');
  });

  it('through the app on the Checkbox training server: printsItself false asks for a printer (on loopback from the web host), and a sale gives its PDF with the fiscal code', async () => {
    app = await startTestApp(tempDir(), { trainingKind: 'checkbox', backoffMs: [10, 20, 40] });
    expect(answered<ReceiptPrinterView>(await app.dispatch('printer.get', {}))).toEqual({ settings: { kind: 'none' }, needed: true });
    const away: ReceiptPrinterSettings = { kind: 'network', host: 'printer.shop.lan', port: 9100, paper: '80', codePage: 'cp1251', kickDrawerOnCash: true };
    expect(await app.dispatch('printer.save', { settings: away })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await app.dispatch('printer.test', { settings: away })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const settings: ReceiptPrinterSettings = { kind: 'system', paper: '58' };
    expect(answered<ReceiptPrinterView>(await app.dispatch('printer.save', { settings }))).toEqual({ settings, needed: true });
    expect(app.context.audit.list('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z').find((e) => e.details.receiptPrinter)).toMatchObject({ action: 'deviceChanged', details: { receiptPrinter: JSON.stringify(settings) } });
    answered(await app.dispatch('shift.open', { openingFloat: 0 }));
    const sold = await submitDone(app, cashSale(2_500, 3_000));
    await app.context.printing.idle();
    expect(answered<PrintState>(await app.dispatch('receipt.printState', { uuid: sold.uuid }))).toEqual({ state: 'pdf' });
    expect(sold.result?.receiptUrl).toMatch(/^https:\/\/cabinet\.tax\.gov\.ua\/cashregs\/check\?/);
    const file = answered<ExportFile>(await app.dispatch('receipt.pdf', { uuid: sold.uuid }));
    expect(file.mime).toBe('application/pdf');
    const lines = pdfTextLines(Buffer.from(file.base64, 'base64'));
    expect(lines.some((l) => l.includes(sold.result!.shortDocumentId!))).toBe(true);
    expect(lines.some((l) => l.startsWith('СУМА') && l.endsWith('25.00'))).toBe(true);
  });

  it('asks for no printer on a device that prints itself (the Caspos training device)', async () => {
    app = await startTestApp(tempDir());
    expect(answered<ReceiptPrinterView>(await app.dispatch('printer.get', {}))).toMatchObject({ needed: false });
  });
});
