import PDFDocument from 'pdfkit';
import { cellText, type ReportCell, type ReportDocument, type ReportFormat, type ReportTable } from '../../../shared/reports/report-tables';
import { pdfFonts, textRuns, type Weight } from './pdf-fonts';

type Doc = PDFKit.PDFDocument;

const margin = 36;
const baseSize = 8.5;
const minSize = 6;
const cellPadding = 4;
const highlightFill = '#fde2e2';
const headerFill = '#e8edf2';

interface TextStyle {
  size: number;
  weight: Weight;
}

function widthOf(doc: Doc, text: string, style: TextStyle): number {
  return textRuns(text, style.weight).reduce((width, run) => width + doc.font(run.font.name).fontSize(style.size).widthOfString(run.text), 0);
}

/** Cuts `text` with an ellipsis until it fits `width`. */
function fitted(doc: Doc, text: string, width: number, style: TextStyle): string {
  if (widthOf(doc, text, style) <= width) return text;
  let cut = text;
  while (cut.length > 1 && widthOf(doc, `${cut}…`, style) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line of text at (x, y), in runs of the fonts that have its letters; right-aligned within `width` when asked. */
function write(doc: Doc, text: string, x: number, y: number, style: TextStyle, align: 'left' | 'right' = 'left', width = 0): void {
  let cursor = align === 'right' ? x + width - widthOf(doc, text, style) : x;
  for (const run of textRuns(text, style.weight)) {
    doc.font(run.font.name).fontSize(style.size).fillColor('#14202b').text(run.text, cursor, y, { lineBreak: false });
    cursor += doc.widthOfString(run.text);
  }
}

interface Layout {
  widths: number[];
  size: number;
}

/** Column widths from their content; the whole table shrinks its type to fit the page. */
function layout(doc: Doc, table: ReportTable, texts: string[][], available: number): Layout {
  const natural = table.columns.map((column, i) => {
    const header = widthOf(doc, column.label, { size: baseSize, weight: 'bold' });
    const cells = texts.map((row) => widthOf(doc, row[i] ?? '', { size: baseSize, weight: 'regular' }));
    return Math.max(header, ...cells) + 2 * cellPadding;
  });
  const total = natural.reduce((sum, w) => sum + w, 0);
  if (total <= available) {
    // Spare room goes to the first column (the labels).
    return { widths: natural.map((w, i) => (i === 0 ? w + available - total : w)), size: baseSize };
  }
  const scale = Math.max(minSize / baseSize, available / total);
  const widths = natural.map((w) => w * scale);
  const overflow = widths.reduce((sum, w) => sum + w, 0) - available;
  // Still too wide at the smallest type: the label column gives up the rest and is cut with "…".
  if (overflow > 0) widths[0] = Math.max(40, widths[0]! - overflow);
  return { widths, size: baseSize * scale };
}

function drawTable(doc: Doc, table: ReportTable, format: ReportFormat): void {
  const available = doc.page.width - 2 * margin;
  const texts = table.rows.map((row) => row.cells.map((cell: ReportCell) => cellText(cell, format)));
  const { widths, size } = layout(doc, table, texts, available);
  const rowHeight = size * 1.9;
  const bottom = () => doc.page.height - margin;
  const drawRow = (cells: string[], weight: Weight, fill?: string) => {
    if (doc.y + rowHeight > bottom()) doc.addPage();
    const y = doc.y;
    if (fill) doc.rect(margin, y, available, rowHeight).fill(fill);
    let x = margin;
    cells.forEach((text, i) => {
      const width = widths[i]!;
      const style = { size, weight };
      const numeric = table.columns[i]!.numeric;
      write(doc, fitted(doc, text, width - 2 * cellPadding, style), x + cellPadding, y + (rowHeight - size) / 2 - 1, style, numeric ? 'right' : 'left', width - 2 * cellPadding);
      x += width;
    });
    doc.moveTo(margin, y + rowHeight).lineTo(margin + available, y + rowHeight).lineWidth(0.4).strokeColor('#c9d2da').stroke();
    doc.x = margin;
    doc.y = y + rowHeight;
  };
  if (doc.y + 3 * rowHeight + 16 > bottom()) doc.addPage();
  write(doc, table.heading, margin, doc.y, { size: 11, weight: 'bold' });
  doc.y += 18;
  const header = table.columns.map((c) => c.label);
  drawRow(header, 'bold', headerFill);
  table.rows.forEach((row, r) => {
    if (doc.y + rowHeight > bottom()) {
      doc.addPage();
      drawRow(header, 'bold', headerFill);
    }
    drawRow(texts[r]!, row.highlight ? 'bold' : 'regular', row.highlight ? highlightFill : undefined);
  });
  doc.y += 14;
}

/** A report as an A4 PDF: title, facts, then each table, with its header repeated on every page. */
export function reportPdf(report: ReportDocument, format: ReportFormat): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin, info: { Title: report.title, Creator: 'Kassa' } });
  for (const weight of ['regular', 'bold'] as const) for (const font of pdfFonts()[weight]) doc.registerFont(font.name, font.data);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.x = margin;
  doc.y = margin;
  write(doc, report.title, margin, doc.y, { size: 16, weight: 'bold' });
  doc.y += 26;
  const labelWidth = Math.max(0, ...report.facts.map((f) => widthOf(doc, f.label, { size: 9, weight: 'regular' }))) + 12;
  for (const fact of report.facts) {
    write(doc, fact.label, margin, doc.y, { size: 9, weight: 'regular' });
    write(doc, cellText(fact.value, format), margin + labelWidth, doc.y, { size: 9, weight: 'bold' });
    doc.y += 13;
  }
  doc.y += 10;
  for (const table of report.tables) drawTable(doc, table, format);
  doc.end();
  return finished;
}
