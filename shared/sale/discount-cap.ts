import { lineGross } from '../fiscal/receipt-math';

/**
 * Whether `discount` of `base` goes beyond `capPercent` whole percents. The cap's own figure is
 * rounded up to the minor unit, so the cap itself, rounded either way, stays within it.
 */
export function aboveDiscountCap(discount: number, base: number, capPercent: number): boolean {
  return discount > Math.ceil((base * capPercent) / 100);
}

/** Whether any line of a receipt is discounted beyond the cap: a receipt discount is spread over the lines, so it counts in each. */
export function linesAboveDiscountCap(lines: readonly { price: number; quantity: number; discount: number }[], capPercent: number): boolean {
  return lines.some((line) => aboveDiscountCap(line.discount, lineGross(line.price, line.quantity), capPercent));
}
