import { z } from 'zod';
import { Locale } from '../locale';

/**
 * A fiscal receipt ready for paper, in neutral terms: the driver of a system that prints nothing
 * itself fills it from its device's answers; shared/printing lays it out and electron/printing
 * puts it on a printer. Money in minor units, quantity in thousandths, as everywhere.
 */
export const PrintableKind = z.enum(['sale', 'return', 'serviceIn', 'serviceOut']);
export type PrintableKind = z.infer<typeof PrintableKind>;

const Minor = z.number().int().safe();

export const PrintableLine = z.object({
  name: z.string(),
  /** Thousandths. */
  quantity: z.number().int(),
  price: Minor,
  sum: Minor,
});
export type PrintableLine = z.infer<typeof PrintableLine>;

export const PrintableTender = z.enum(['cash', 'card', 'other']);
export type PrintableTender = z.infer<typeof PrintableTender>;

export const PrintablePayment = z.object({ tender: PrintableTender, label: z.string(), amount: Minor });
export type PrintablePayment = z.infer<typeof PrintablePayment>;

export const PrintableReceipt = z.object({
  /** The journal's document UUID. */
  uuid: z.string().min(1),
  /** The language of the paper: the law's (Ukrainian for a PRRO receipt), not the cashier's screen. */
  locale: Locale,
  kind: PrintableKind,
  number: z.number().int().optional(),
  /** ISO 8601 instant of fiscalisation. */
  issuedAt: z.string().min(1),
  /** The seller and register (name, address, tax numbers), one printed line each. */
  header: z.array(z.string()),
  lines: z.array(PrintableLine),
  total: Minor,
  /** Cash rounding the receipt shows (NBU), negative when rounded down; 0 when none. */
  rounding: Minor,
  payments: z.array(PrintablePayment),
  change: Minor,
  minorUnit: z.number().int().positive(),
  /** The fiscal code of the receipt, which the law requires on paper. */
  fiscalCode: z.string().optional(),
  /** What the receipt's QR code holds: the tax service's check link. */
  taxUrl: z.string().optional(),
  /** Fiscalised offline and not yet delivered to the tax service. */
  provisional: z.boolean(),
  /** Printed again after the customer's paper: it says on its face that it is a copy (a second original would be a second receipt). */
  copy: z.boolean().optional(),
  /**
   * The receipt as the fiscal service itself formats it for this paper width, line by line:
   * printed instead of our own layout where the service gives it, since it is the legally
   * formatted one.
   */
  serviceText: z.array(z.string()).optional(),
});
export type PrintableReceipt = z.infer<typeof PrintableReceipt>;

/** Cash changed hands: the drawer opens for it (a cash sale, a cash refund, cash in or out). */
export function movesCash(receipt: PrintableReceipt): boolean {
  return receipt.payments.some((p) => p.tender === 'cash' && p.amount !== 0);
}
