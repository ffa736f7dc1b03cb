import { z } from 'zod';
import { CodePage } from './code-pages';

/** Paper widths in characters of the printer's standard font: 58 mm rolls take 32, 80 mm rolls 48. */
export const PaperWidth = z.enum(['58', '80']);
export type PaperWidth = z.infer<typeof PaperWidth>;
export const paperColumns: Record<PaperWidth, number> = { '58': 32, '80': 48 };

const Host = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$/, 'a host name or IPv4 address');

/**
 * Where the app prints the fiscal receipt of a device that prints nothing itself (capabilities
 * `printsItself` false). `network`: an ESC/POS printer on raw TCP (JetDirect, port 9100);
 * `system`: the operating system's printer (Electron's print; a PDF in the web host).
 */
export const ReceiptPrinterSettings = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('network'),
    host: Host,
    port: z.number().int().min(1).max(65535),
    paper: PaperWidth,
    codePage: CodePage,
    /** The ESC t number of `codePage` where the printer's table differs from Epson's. */
    codePageNumber: z.number().int().min(0).max(255).optional(),
    kickDrawerOnCash: z.boolean(),
  }),
  z.object({ kind: z.literal('system'), paper: PaperWidth }),
]);
export type ReceiptPrinterSettings = z.infer<typeof ReceiptPrinterSettings>;

export const defaultReceiptPrinter: ReceiptPrinterSettings = { kind: 'none' };

/** What a print of a receipt came to; a failure never touches the fiscal document. */
export const PrintProblem = z.enum(['offline', 'paperOut', 'timeout', 'noReceipt', 'failed']);
export type PrintProblem = z.infer<typeof PrintProblem>;

export const PrintState = z.discriminatedUnion('state', [
  /** Nothing to print: the device prints itself, or no printer is set. */
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('printing') }),
  z.object({ state: z.literal('printed') }),
  /** The system printer of a browser (web host): the receipt is a PDF the browser opens (receipt.pdf). */
  z.object({ state: z.literal('pdf') }),
  z.object({ state: z.literal('failed'), problem: PrintProblem, detail: z.string().max(300) }),
]);
export type PrintState = z.infer<typeof PrintState>;
