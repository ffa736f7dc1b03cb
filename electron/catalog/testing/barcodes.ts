import { ean13CheckDigit } from '../weighted-barcode';

/** Completes twelve digits with their GS1 check digit, as a printed EAN-13 has it. */
export function ean13(first12: string): string {
  return `${first12}${ean13CheckDigit(first12)}`;
}

/** A scale's label: prefix, five-digit item code, five-digit value (grams or minor units). */
export function scaleLabel(prefix: string, itemCode: string, value: number): string {
  return ean13(`${prefix}${itemCode}${String(value).padStart(5, '0')}`);
}
