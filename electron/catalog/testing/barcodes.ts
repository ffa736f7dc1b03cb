/** Completes twelve digits with their GS1 check digit, as a printed EAN-13 has it. */
export function ean13(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

/** A scale's label: prefix, five-digit item code, five-digit value (grams or minor units). */
export function scaleLabel(prefix: string, itemCode: string, value: number): string {
  return ean13(`${prefix}${itemCode}${String(value).padStart(5, '0')}`);
}
