import QRCode from 'qrcode';
import type { PrintableReceipt } from '../../shared/printing/printable-receipt';
import { receiptLines } from '../../shared/printing/receipt-layout';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escaped = (text: string) => text.replace(/[&<>"]/g, (char) => escapes[char]!);

/**
 * A page for the operating system's printer (Electron): the receipt's lines in a monospaced
 * font, as many to a line as on an ESC/POS roll of the same width, and the tax QR code under
 * them. Nothing on it runs: no script, and the QR code is an inline image.
 */
export async function receiptHtml(lines: readonly string[], columns: number, qrData: string | undefined): Promise<string> {
  const paperMm = columns >= 48 ? 80 : 58;
  const qr = qrData ? await QRCode.toDataURL(qrData, { margin: 1, width: 360, errorCorrectionLevel: 'M' }) : undefined;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: ${paperMm}mm auto; margin: 2mm; }
body { margin: 0; width: ${paperMm - 4}mm; font: ${columns >= 48 ? 9 : 8}pt 'Consolas', 'DejaVu Sans Mono', monospace; }
pre { margin: 0; white-space: pre; font: inherit; }
img { display: block; margin: 2mm auto; width: 60%; }
</style></head><body><pre>${lines.map(escaped).join('\n')}</pre>${qr ? `<img src="${qr}" alt="">` : ''}</body></html>`;
}

export function receiptPage(receipt: PrintableReceipt, columns: number): Promise<string> {
  return receiptHtml(receiptLines(receipt, columns), columns, receipt.taxUrl);
}
