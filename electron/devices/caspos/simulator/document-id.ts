import { randomBytes } from 'node:crypto';

const base58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** 44 base58 characters, like the device's document ids (they are base58 hashes). */
export function newDocumentId(): string {
  const bytes = randomBytes(44);
  let id = '';
  for (const byte of bytes) id += base58[byte % 58];
  return id;
}

/** The receipt's barcode number: the day (ddMMyy), the cashbox's short code, the document number. */
export function barcodeNumber(date: Date, cashboxCode: string, documentNumber: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}${two(date.getUTCMonth() + 1)}${String(date.getUTCFullYear()).slice(2)}${cashboxCode}${documentNumber}`;
}
