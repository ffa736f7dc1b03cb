import { BrowserWindow } from 'electron';
import type { PrintOutcome } from '../printing/network-printer';
import { receiptHtml, receiptPage } from '../printing/receipt-html';
import type { SystemPrinter } from '../printing/receipt-printing';

/** Prints a page on the system's default printer from a hidden window, without a dialog. */
async function printPage(html: string): Promise<PrintOutcome> {
  const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false, nodeIntegration: false } });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await new Promise<PrintOutcome>((resolve) =>
      window.webContents.print({ silent: true, printBackground: false, margins: { marginType: 'none' } }, (success, reason) =>
        resolve(success ? { ok: true } : { ok: false, problem: 'failed', detail: reason || 'the system printer refused the page' }),
      ),
    );
  } catch (error) {
    return { ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    window.destroy();
  }
}

/** The operating system's printer for the receipt (Electron's webContents.print). */
export const electronSystemPrinter: SystemPrinter = {
  print: async (receipt, columns) => printPage(await receiptPage(receipt, columns)),
  test: async (columns, title) => printPage(await receiptHtml([title, 'АБВГҐДЕЄЖЗИІЇЙ абвгґдеєжзиіїй №', '0123456789'.repeat(10).slice(0, columns)], columns, 'https://cabinet.tax.gov.ua/cashregs/check')),
};
