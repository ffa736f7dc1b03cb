import type { CodePage } from './code-pages';
import { align, drawerKick, feedAndCut, initialise, qrCode, selectCodePage, textLine } from './escpos';
import { movesCash, type PrintableReceipt } from './printable-receipt';
import { receiptLines } from './receipt-layout';

export interface EscPosOptions {
  columns: number;
  codePage: CodePage;
  codePageNumber?: number | undefined;
  kickDrawer: boolean;
}

/**
 * The whole print job of a receipt: its lines, the tax service's QR code under them, the cut,
 * and the drawer's kick where cash changed hands (not for a copy). The kick comes last, so the drawer opens when
 * the receipt is in the cashier's hand, not before a failed print.
 */
export function receiptJob(receipt: PrintableReceipt, options: EscPosOptions): Uint8Array {
  const bytes: number[] = [...initialise, ...selectCodePage(options.codePage, options.codePageNumber), ...align('left')];
  for (const line of receiptLines(receipt, options.columns)) bytes.push(...textLine(line, options.codePage));
  if (receipt.taxUrl) bytes.push(...align('centre'), ...qrCode(receipt.taxUrl, options.columns >= 48 ? 6 : 4), ...textLine('', options.codePage), ...align('left'));
  bytes.push(...feedAndCut());
  // A copy is paper only: the cash moved when the original was printed.
  if (options.kickDrawer && movesCash(receipt) && !receipt.copy) bytes.push(...drawerKick);
  return Uint8Array.from(bytes);
}

/** A page to check the printer's set-up: the code page's Ukrainian letters, the width and a QR code. */
export function testJob(options: EscPosOptions, title: string): Uint8Array {
  const bytes: number[] = [...initialise, ...selectCodePage(options.codePage, options.codePageNumber), ...align('left')];
  for (const line of [title, 'АБВГҐДЕЄЖЗИІЇЙ абвгґдеєжзиіїй №', '0123456789'.repeat(10).slice(0, options.columns), `${options.columns} / ${options.codePage}`]) bytes.push(...textLine(line, options.codePage));
  bytes.push(...align('centre'), ...qrCode('https://cabinet.tax.gov.ua/cashregs/check', 4), ...align('left'), ...feedAndCut());
  return Uint8Array.from(bytes);
}
