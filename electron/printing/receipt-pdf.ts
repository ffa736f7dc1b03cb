import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PrintableReceipt } from '../../shared/printing/printable-receipt';
import { receiptLines } from '../../shared/printing/receipt-layout';
import { pdfFonts, textRuns } from '../reports/export/pdf-fonts';

const pointsPerMm = 72 / 25.4;
const margin = 8;
const size = 7.5;
const lineHeight = size * 1.35;
const qrSide = 120;

type Doc = PDFKit.PDFDocument;

function widthOf(doc: Doc, text: string): number {
  return textRuns(text, 'regular').reduce((width, run) => width + doc.font(run.font.name).fontSize(size).widthOfString(run.text), 0);
}

function write(doc: Doc, text: string, x: number, y: number): void {
  let cursor = x;
  for (const run of textRuns(text, 'regular')) {
    doc.font(run.font.name).fontSize(size).text(run.text, cursor, y, { lineBreak: false });
    cursor += doc.widthOfString(run.text);
  }
}

/**
 * One receipt line on a proportional font: the monospaced layout's columns are kept by its
 * gaps. A line that starts with spaces is centred; a line with a gap of two spaces or more has
 * its last part on the right edge (amounts); anything else starts at the left.
 */
function drawLine(doc: Doc, line: string, y: number, width: number): void {
  const gap = /^(.*\S)\s{2,}(\S.*)$/.exec(line);
  if (/^\s+\S/.test(line) && !gap) write(doc, line.trim(), margin + (width - widthOf(doc, line.trim())) / 2, y);
  else if (gap) {
    write(doc, gap[1]!.trimStart(), margin, y);
    write(doc, gap[2]!, margin + width - widthOf(doc, gap[2]!), y);
  } else write(doc, line, margin, y);
}

/**
 * The receipt as a PDF the width of the roll (58 or 80 mm), for the system printer of a
 * browser: the same lines as on an ESC/POS printer, and the tax service's QR code under them.
 */
export async function receiptPdf(receipt: PrintableReceipt, columns: number): Promise<Buffer> {
  const paperMm = columns >= 48 ? 80 : 58;
  const pageWidth = paperMm * pointsPerMm;
  const lines = receiptLines(receipt, columns);
  const qr = receipt.taxUrl ? await QRCode.toBuffer(receipt.taxUrl, { margin: 1, width: 360, errorCorrectionLevel: 'M' }) : undefined;
  const height = 2 * margin + lines.length * lineHeight + (qr ? qrSide + lineHeight : 0);
  const doc = new PDFDocument({ size: [pageWidth, height], margin, info: { Title: `${receipt.number ?? receipt.uuid}`, Creator: 'Kassa' } });
  for (const font of pdfFonts().regular) doc.registerFont(font.name, font.data);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fillColor('#000000');
  const width = pageWidth - 2 * margin;
  lines.forEach((line, i) => drawLine(doc, line, margin + i * lineHeight, width));
  if (qr) doc.image(qr, (pageWidth - qrSide) / 2, margin + lines.length * lineHeight + lineHeight / 2, { width: qrSide, height: qrSide });
  doc.end();
  return done;
}
