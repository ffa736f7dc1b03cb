import { z } from 'zod';

/**
 * The VAT regimes of Azerbaijan's e-kassa (field notes): 18 %, trade VAT 18 %, VAT-free, 0 %,
 * simplified tax 2 % and 8 % (catering). Drivers map these to their device's numbers.
 */
export const VatRate = z.enum(['vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8']);
export type VatRate = z.infer<typeof VatRate>;

/** Percent of tax inside a gross amount; null where no VAT applies at all. */
export const vatPercent: Record<VatRate, number | null> = {
  vat18: 18,
  tradeVat18: 18,
  vatFree: null,
  vat0: 0,
  simplified2: 2,
  simplified8: 8,
};

export const QuantityUnit = z.enum(['piece', 'kg', 'litre', 'metre', 'm2', 'm3']);
export type QuantityUnit = z.infer<typeof QuantityUnit>;

export const CodeType = z.enum(['plain', 'ean8', 'ean13', 'service']);
export type CodeType = z.infer<typeof CodeType>;
