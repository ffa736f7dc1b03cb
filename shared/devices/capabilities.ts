import { z } from 'zod';
import { VatRate } from '../fiscal/catalogue-types';
import { MoneyBackType } from '../fiscal/documents';
import { Currency } from '../money';

/**
 * What a fiscal system can do, declared by its driver and carried to the renderer in the device
 * status: the counter shows only what the active device can do, and the journal refuses anything
 * else before storing it. Four systems differ in every one of these (drivers specs).
 */

export const DocumentKind = z.enum(['sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const TenderKind = z.enum(['cash', 'card', 'bonus', 'credit', 'prepayment']);
export type TenderKind = z.infer<typeof TenderKind>;

export const DeviceReport = z.enum(['x', 'periodic', 'controlTape', 'reprint']);
export type DeviceReport = z.infer<typeof DeviceReport>;

/**
 * How a document whose answer was lost is settled:
 * - `resend`: the device de-duplicates our document UUID, so the same bytes go out again (Caspos);
 * - `lookup`: the device is asked by our UUID first, and the same bytes go out again only on a
 *   definite "not found"; a failed lookup never leads to a re-send (SmartOne, SmartX).
 */
export const RecoveryMode = z.enum(['resend', 'lookup']);
export type RecoveryMode = z.infer<typeof RecoveryMode>;

/**
 * Cash rounding of the amount paid in cash: `none`, or Ukraine's NBU rule (the cash payment
 * rounded to 10 kopiyky, half up; card pays exactly, and the receipt shows the rounding).
 */
export const CashRounding = z.enum(['none', 'nbu10']);
export type CashRounding = z.infer<typeof CashRounding>;

/** Where the tax rates come from: a fixed list the law gives, or the device's own table. */
export const TaxSource = z.enum(['fixed', 'device']);
export type TaxSource = z.infer<typeof TaxSource>;

export const DeviceCapabilities = z.object({
  documentKinds: z.array(DocumentKind),
  refundTypes: z.array(MoneyBackType),
  tenders: z.array(TenderKind).min(1),
  cashDrawer: z.boolean(),
  /** False for a cloud register: the app prints the fiscal receipt itself. */
  printsItself: z.boolean(),
  reports: z.array(DeviceReport),
  currency: Currency,
  /** Minor units to the major unit (100 for AZN, UAH and BYN). */
  minorUnit: z.number().int().positive(),
  /** IANA zone of the fiscal day. */
  timeZone: z.string().min(1),
  taxSource: TaxSource,
  /**
   * The tax groups the driver's mapping takes. Where the device's own table decides (`taxSource`
   * 'device'), these are the groups the mapping knows; a group the live table lacks is refused by
   * the driver's build (UnmappableError), still before the journal stores anything.
   */
  taxGroups: z.array(VatRate).min(1),
  /** The device takes an excise code on a line beside its tax group (Ukraine). */
  excise: z.boolean(),
  /** Longest a shift may stay open, in hours, or null where the system sets none. */
  shiftHours: z.number().int().positive().nullable(),
  cashRounding: CashRounding,
  recovery: RecoveryMode,
  /** The device accepts a document now and finishes it later: the journal polls for the result. */
  asyncCompletion: z.boolean(),
});
export type DeviceCapabilities = z.infer<typeof DeviceCapabilities>;

export function supportsKind(capabilities: DeviceCapabilities, kind: DocumentKind): boolean {
  return capabilities.documentKinds.includes(kind);
}
