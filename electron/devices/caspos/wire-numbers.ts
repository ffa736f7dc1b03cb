import { z } from 'zod';

/**
 * The document's numeric format: "Quantity: 0.000, SalePrice: 0.00" as JSON numbers. Conversion
 * between our integers and these decimals happens here and in mapping.ts only.
 */
const hasAtMostDecimals = (places: number) => (value: number) => {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

export const WireMoney = z.number().nonnegative().refine(hasAtMostDecimals(2), 'money has at most 2 decimals');
export const WireQuantity = z.number().positive().refine(hasAtMostDecimals(3), 'quantity has at most 3 decimals');

export function toWireMoney(minor: number): number {
  return Math.round(minor) / 100;
}

export function toWireQuantity(thousandths: number): number {
  return Math.round(thousandths) / 1000;
}

/** Device figures can be floats such as 0.5999999; the nearest qəpik is what was meant. */
export function fromWireMoney(value: number): number {
  return Math.round(value * 100);
}

export function fromWireQuantity(value: number): number {
  return Math.round(value * 1000);
}
