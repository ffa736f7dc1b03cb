import { afterEach, describe, expect, it } from 'vitest';
import { encodeText } from '../../shared/printing/code-pages';
import { paperColumns } from '../../shared/printing/printer-settings';
import { receiptJob } from '../../shared/printing/receipt-escpos';
import { printOverTcp } from './network-printer';
import { startLoopbackPrinter, type LoopbackPrinter } from './testing/loopback-printer';
import { sampleReceipt } from '../../shared/printing/testing/sample-receipt';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const options = { columns: 32, codePage: 'cp1251', kickDrawer: true } as const;

describe('code pages', () => {
  it('writes every Ukrainian letter in cp1251 at its place in the Windows table', () => {
    expect([...encodeText('ЇїІіЄєҐґ№А', 'cp1251')]).toEqual([0xaf, 0xbf, 0xb2, 0xb3, 0xaa, 0xba, 0xa5, 0xb4, 0xb9, 0xc0]);
  });

  it('writes cp866 with the stand-ins for the letters it lacks (І as I, Ґ as Г)', () => {
    expect([...encodeText('АЇІҐ', 'cp866')]).toEqual([0x80, 0xf4, 0x49, 0x83]);
    expect([...encodeText('ə', 'cp866')]).toEqual([0x3f]);
  });
});

describe('a receipt on the loopback ESC/POS printer', () => {
  it('prints the text, the tax service QR code, the fiscal code, the cut and a drawer kick for cash (58 mm, cp1251)', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    const receipt = sampleReceipt();
    expect(await printOverTcp(printer, receiptJob(receipt, options))).toEqual({ ok: true });
    const [job] = await printer.waitForJobs(1);
    expect(job!.unknown).toEqual([]);
    expect(job!.codePages).toEqual([46]);
    expect(job!.lines.every((line) => [...line].length <= 32)).toBe(true);
    expect(job!.lines).toContain('ФН чека              TEST-Xd-V3m');
    expect(job!.lines.some((line) => line.startsWith('СУМА') && line.endsWith('93.99'))).toBe(true);
    expect(job!.lines).toContain('Молоко пастеризоване 2,5% їжа');
    expect(job!.lines).toContain('ґатунок І');
    expect(job!.qrCodes).toEqual([receipt.taxUrl]);
    expect(job!).toMatchObject({ cuts: 1, drawerKicks: 1 });
  });

  it('lays 80 mm paper out at 48 characters', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    expect(await printOverTcp(printer, receiptJob(sampleReceipt(), { ...options, columns: paperColumns['80'] }))).toEqual({ ok: true });
    const [job] = await printer.waitForJobs(1);
    expect(Math.max(...job!.lines.map((line) => [...line].length))).toBe(48);
    expect(job!.lines).toContain('Молоко пастеризоване 2,5% їжа ґатунок І');
  });

  it('kicks no drawer for a card payment, nor when the setting is off', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    const card = sampleReceipt({ payments: [{ tender: 'card', label: 'Картка', amount: 9_399 }], change: 0, rounding: 0 });
    await printOverTcp(printer, receiptJob(card, options));
    await printOverTcp(printer, receiptJob(sampleReceipt(), { ...options, kickDrawer: false }));
    const jobs = await printer.waitForJobs(2);
    expect(jobs.map((j) => j.drawerKicks)).toEqual([0, 0]);
    expect(jobs.map((j) => j.cuts)).toEqual([1, 1]);
  });

  it('reads cp866 back through its own ESC t number', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    await printOverTcp(printer, receiptJob(sampleReceipt(), { ...options, codePage: 'cp866' }));
    const [job] = await printer.waitForJobs(1);
    expect(job!.codePages).toEqual([17]);
    expect(job!.lines).toContain('гатунок I');
  });

  it('marks a provisional (offline) receipt and prints no QR code where the service gave no link yet', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    await printOverTcp(printer, receiptJob(sampleReceipt({ provisional: true, taxUrl: undefined }), options));
    const [job] = await printer.waitForJobs(1);
    expect(job!.qrCodes).toEqual([]);
    expect(job!.lines.join(' ')).toContain('ОФЛАЙН');
  });

  it('refuses to print when the paper is out, and says so', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    printer.paperOut = true;
    expect(await printOverTcp(printer, receiptJob(sampleReceipt(), options))).toMatchObject({ ok: false, problem: 'paperOut' });
    expect(printer.jobs).toEqual([]);
  });

  it('prints to a printer that never answers the status, after waiting for it', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    printer.answersStatus = false;
    expect(await printOverTcp(printer, receiptJob(sampleReceipt(), options), { connectMs: 3_000, statusMs: 50, jobMs: 10_000 })).toEqual({ ok: true });
    expect(await printer.waitForJobs(1)).toHaveLength(1);
  });

  it('reports a printer that is off as offline', async () => {
    printer = await startLoopbackPrinter({ host: '127.0.0.71' });
    const { host, port } = printer;
    await printer.close();
    printer = undefined;
    expect(await printOverTcp({ host, port }, receiptJob(sampleReceipt(), options))).toMatchObject({ ok: false, problem: 'offline' });
  });
});
