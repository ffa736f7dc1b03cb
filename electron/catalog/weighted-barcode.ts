import { z } from 'zod';

/**
 * Barcodes printed by the shop's scales: EAN-13 "2P IIIII VVVVV C" in the range GS1 leaves to
 * each shop (prefixes 20-29): the item code IIIII and a value VVVVV, grams in weight mode or
 * minor units in price mode, as the scales are set up.
 */
export const WeightedBarcodeSettings = z.object({
  enabled: z.boolean(),
  prefixes: z.array(z.string().regex(/^\d{2}$/)).max(100),
  mode: z.enum(['weight', 'price']),
});
export type WeightedBarcodeSettings = z.infer<typeof WeightedBarcodeSettings>;

export const defaultWeightedBarcodes: WeightedBarcodeSettings = {
  enabled: true,
  prefixes: ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'],
  mode: 'weight',
};

export interface WeightedCode {
  /** "2PIIIII": the prefix and the item code, as a shop may store it among a product's barcodes. */
  itemBarcode: string;
  /** "IIIII": the scale's item code (PLU), as a shop may store it as the product's code. */
  itemCode: string;
  /** Grams or minor units, by the mode; never 0 (a scale that printed 0 weighed nothing). */
  value: number;
}

const ean13 = /^\d{13}$/;

/** The scale's item code and value, or nothing when `barcode` is not a weighted barcode here. */
export function decodeWeighted(barcode: string, settings: WeightedBarcodeSettings): WeightedCode | undefined {
  if (!settings.enabled || !ean13.test(barcode) || !settings.prefixes.includes(barcode.slice(0, 2))) return undefined;
  // A misread scan must never sell a wrong weight: only a barcode whose check digit holds is read.
  if (!ean13CheckDigitHolds(barcode)) return undefined;
  const value = Number(barcode.slice(7, 12));
  if (value === 0) return undefined;
  return { itemBarcode: barcode.slice(0, 7), itemCode: barcode.slice(2, 7), value };
}

/** GS1 check digit: weights 1, 3, 1, 3 … from the left over the first twelve digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function ean13CheckDigitHolds(barcode: string): boolean {
  return ean13CheckDigit(barcode) === Number(barcode[12]);
}
