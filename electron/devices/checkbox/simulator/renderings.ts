import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { z } from 'zod';
import { pdfFonts, textRuns } from '../../../reports/export/pdf-fonts';
import { HtmlQuery, PngQuery, TextQuery } from '../renderings';

/** A rendering's file: its media type and its bytes (made asynchronously for PDF and images). */
export interface RenderedFile {
  contentType: string;
  bytes: Promise<Buffer>;
}

export type RenderingName = 'text' | 'html' | 'pdf' | 'png' | 'qrcode';

/** Query strings as FastAPI reads them: numbers and booleans from text, defaults from the schema (OAS 0.1.79). */
const queries = {
  text: z.object({ width: z.coerce.number().default(42) }).pipe(TextQuery),
  html: z.object({ simple: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }).pipe(HtmlQuery),
  png: z.object({ width: z.coerce.number().default(30), paper_width: z.coerce.number().default(58), qrcode_scale: z.coerce.number().default(75) }).pipe(PngQuery),
};

export type RenderingQuery = { name: 'text'; query: z.infer<typeof TextQuery> } | { name: 'html'; query: z.infer<typeof HtmlQuery> } | { name: 'pdf' } | { name: 'png'; query: z.infer<typeof PngQuery> } | { name: 'qrcode' };

/** The rendering's query read and checked, or the schema's complaint for a 422. */
export function readRenderingQuery(name: RenderingName, search: URLSearchParams): { ok: true; value: RenderingQuery } | { ok: false; error: z.ZodError } {
  const given = Object.fromEntries(search);
  switch (name) {
    case 'text':
    case 'html':
    case 'png': {
      const parsed = queries[name].safeParse(given);
      return parsed.success ? { ok: true, value: { name, query: parsed.data } as RenderingQuery } : { ok: false, error: parsed.error };
    }
    case 'pdf':
    case 'qrcode':
      return { ok: true, value: { name } };
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The receipt as an HTML page, from the same text as /text; `simple` leaves the styles out, as the service's flag does. */
export function receiptHtml(text: string, title: string, simple: boolean): string {
  const style = simple ? '' : '<style>body{font-family:monospace;margin:0 auto;width:42ch}pre{white-space:pre-wrap}</style>';
  return `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${style}</head><body><pre>${escapeHtml(text)}</pre></body></html>`;
}

const pointsPerMm = 72 / 25.4;
const fontSize = 7;
const lineHeight = fontSize * 1.35;
const margin = 8;
const qrSide = 110;

/**
 * The receipt as a PDF on 80 mm paper: the same text, a line at a time, and the tax QR code
 * under it. Marked as the training server's (Creator), so a test can tell it from the app's own PDF.
 */
export function receiptPdf(text: string, taxUrl: string | null): Promise<Buffer> {
  return (async () => {
    const lines = text.split('\n');
    const qr = taxUrl ? await QRCode.toBuffer(taxUrl, { margin: 1, width: 330 }) : undefined;
    const pageWidth = 80 * pointsPerMm;
    const doc = new PDFDocument({ size: [pageWidth, 2 * margin + lines.length * lineHeight + (qr ? qrSide + lineHeight : 0)], margin, info: { Title: lines[1] ?? 'Чек', Creator: 'Checkbox training server' } });
    for (const font of pdfFonts().regular) doc.registerFont(font.name, font.data);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    lines.forEach((line, i) => {
      let x = margin;
      for (const run of textRuns(line, 'regular')) {
        doc.font(run.font.name).fontSize(fontSize).text(run.text, x, margin + i * lineHeight, { lineBreak: false });
        x += doc.widthOfString(run.text);
      }
    });
    if (qr) doc.image(qr, (pageWidth - qrSide) / 2, margin + lines.length * lineHeight + lineHeight / 2, { width: qrSide, height: qrSide });
    doc.end();
    return done;
  })();
}

/** Dots per millimetre of a 203 dpi thermal printer, the paper the service's PNG is drawn for. */
const dotsPerMm = 8;

/**
 * PNG of the receipt. The real service draws the whole paper (text and QR code) as an image
 * `paper_width` mm wide; the training server has no text rasteriser, so its PNG is honest about
 * less: the receipt's tax QR code, as wide as `qrcode_scale` per cent of the paper in printer
 * dots. A test can decode the QR and measure the width; it must not read receipt text from it.
 */
export function receiptPng(taxUrl: string, paperWidthMm: number, qrScale: number): Promise<Buffer> {
  return QRCode.toBuffer(taxUrl, { margin: 0, width: Math.floor((paperWidthMm * dotsPerMm * qrScale) / 100) });
}

/** The tax QR code as a PNG image, for a customer's phone on a screen. */
export function receiptQrPng(taxUrl: string): Promise<Buffer> {
  return QRCode.toBuffer(taxUrl, { margin: 2, width: 300 });
}
