import { z } from 'zod';

/**
 * The neutral tax groups a product carries, one list for the three countries; each driver's
 * capabilities name the groups its device takes (`taxGroups`) and its mapping turns them into the
 * device's own codes, rates or sections.
 * - Azerbaijan's e-kassa (field notes): 18 %, trade VAT 18 %, VAT-free, 0 %, simplified tax 2 %
 *   and 8 % (catering);
 * - Ukraine (Checkbox: the organisation's tax codes): 20 %, 7 %, 14 %, 0 %, without VAT; excise
 *   is not a group but an extra code on the line (`ReceiptLine.excise`);
 * - Belarus (SmartX: the register's sections): 20 %, 10 %, 0 %, without VAT.
 * `vatFree` is "no VAT on this line" in every country (exempt, or the seller pays none).
 */
export const VatRate = z.enum(['vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8', 'vat20', 'vat14', 'vat10', 'vat7']);
export type VatRate = z.infer<typeof VatRate>;

/** Percent of tax inside a gross amount; null where no VAT applies at all. */
export const vatPercent: Record<VatRate, number | null> = {
  vat18: 18,
  tradeVat18: 18,
  vatFree: null,
  vat0: 0,
  simplified2: 2,
  simplified8: 8,
  vat20: 20,
  vat14: 14,
  vat10: 10,
  vat7: 7,
};

export const QuantityUnit = z.enum(['piece', 'kg', 'litre', 'metre', 'm2', 'm3']);
export type QuantityUnit = z.infer<typeof QuantityUnit>;

export const CodeType = z.enum(['plain', 'ean8', 'ean13', 'service']);
export type CodeType = z.infer<typeof CodeType>;
