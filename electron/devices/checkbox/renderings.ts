import { z } from 'zod';
import type { CheckboxClient } from './client';
import type { Reply } from './errors';

/**
 * The service's renderings of a receipt (OAS 0.1.79, GET /receipts/{id}/…): the text for a
 * printer, HTML, PDF, a PNG of the paper and the tax QR code as an image. Each answer is checked
 * for what it claims to be (its media type, and the file's own signature for PDF and PNG): a proxy's
 * HTML error page or a cut-off file is an `invalid_answer`, never a receipt.
 */

/** Query parameters with the schema's bounds; bad ones are refused here and never sent. */
export const TextQuery = z.strictObject({ width: z.number().int().min(10).max(250) });
export const HtmlQuery = z.strictObject({ simple: z.boolean() });
export const PngQuery = z.strictObject({
  /** Characters per line. */
  width: z.number().int().min(22).max(100),
  /** Paper width in millimetres. */
  paper_width: z.number().int().min(40).max(80),
  /** The QR code's width in per cent of the paper's. */
  qrcode_scale: z.number().int().min(1).max(100),
});

const pdfMagic = Buffer.from('%PDF-', 'latin1');
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Got = { bytes: Buffer; contentType: string };

function refusedHere(error: z.ZodError): Reply<never> {
  // Status 0: refused before sending, the service never saw it.
  return { kind: 'refused', status: 0, code: 'validation', group: 'validation', text: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), raw: '' };
}

function wrong(got: Got, expected: string): Reply<never> {
  if (got.bytes.length === 0) return { kind: 'unknown', reason: 'empty_body', sent: true, detail: `HTTP 200 with an empty body where ${expected} was expected` };
  const start = got.bytes.subarray(0, 60).toString('utf8').replace(/[^\x20-\x7e\u0400-\u04ff]/g, '.');
  return { kind: 'unknown', reason: 'invalid_answer', sent: true, detail: `expected ${expected}, got ${got.contentType || 'no media type'}: ${start}` };
}

function asText(reply: Reply<Got>, mediaType: RegExp, expected: string): Reply<string> {
  if (reply.kind !== 'ok') return reply;
  if (!mediaType.test(reply.value.contentType) || reply.value.bytes.length === 0) return wrong(reply.value, expected);
  const text = reply.value.bytes.toString('utf8');
  return { kind: 'ok', value: text, status: reply.status, raw: text };
}

function asFile(reply: Reply<Got>, magic: Buffer, expected: string): Reply<Buffer> {
  if (reply.kind !== 'ok') return reply;
  // The signature decides: the schema names no media type for these answers, and a type alone proves nothing.
  if (!reply.value.bytes.subarray(0, magic.length).equals(magic) || /^text\/html/i.test(reply.value.contentType)) return wrong(reply.value, expected);
  return { kind: 'ok', value: reply.value.bytes, status: reply.status, raw: '' };
}

/** The receipt laid out by the service for a printer `width` characters wide (default 42). */
export async function receiptTextRendering(client: CheckboxClient, id: string, query: z.input<typeof TextQuery>): Promise<Reply<string>> {
  const checked = TextQuery.safeParse(query);
  if (!checked.success) return refusedHere(checked.error);
  return asText(await client.rendering(`/receipts/${id}/text`, checked.data), /^text\/plain/i, 'the receipt text');
}

/** The receipt as an HTML page; `simple` leaves out the service's styles, for printing. */
export async function receiptHtmlRendering(client: CheckboxClient, id: string, query: z.input<typeof HtmlQuery>): Promise<Reply<string>> {
  const checked = HtmlQuery.safeParse(query);
  if (!checked.success) return refusedHere(checked.error);
  const reply = asText(await client.rendering(`/receipts/${id}/html`, checked.data), /^text\/html/i, 'an HTML page');
  return reply.kind === 'ok' && !/<html[\s>]/i.test(reply.value) ? wrong({ bytes: Buffer.from(reply.value), contentType: 'text/html' }, 'an HTML page') : reply;
}

/** The receipt as a PDF file. */
export async function receiptPdfRendering(client: CheckboxClient, id: string): Promise<Reply<Buffer>> {
  return asFile(await client.rendering(`/receipts/${id}/pdf`), pdfMagic, 'a PDF (%PDF-)');
}

/** The receipt's paper as a PNG image. */
export async function receiptPngRendering(client: CheckboxClient, id: string, query: z.input<typeof PngQuery>): Promise<Reply<Buffer>> {
  const checked = PngQuery.safeParse(query);
  if (!checked.success) return refusedHere(checked.error);
  return asFile(await client.rendering(`/receipts/${id}/png`, checked.data), pngMagic, 'a PNG image');
}

/** The receipt's tax QR code as a PNG image (what a screen shows for a customer's phone). */
export async function receiptQrRendering(client: CheckboxClient, id: string): Promise<Reply<Buffer>> {
  return asFile(await client.rendering(`/receipts/${id}/qrcode`), pngMagic, 'a PNG image of the QR code');
}
