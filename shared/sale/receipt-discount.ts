import { lineGross } from '../fiscal/receipt-math';

interface DiscountableLine {
  price: number;
  quantity: number;
  discount: number;
}

/**
 * A discount on the whole receipt, spread over its lines in proportion to what is left of each
 * (largest remainder, so the parts add up to the qəpik). Caspos knows discounts only per line,
 * so a receipt discount has to become line discounts before it reaches a device.
 */
export function spreadReceiptDiscount<L extends DiscountableLine>(lines: readonly L[], discount: number): L[] {
  const remaining = lines.map((line) => lineGross(line.price, line.quantity) - line.discount);
  const base = remaining.reduce((sum, value) => sum + value, 0);
  if (discount <= 0 || base <= 0) return [...lines];
  const capped = Math.min(discount, base);
  const exact = remaining.map((value) => (value * capped) / base);
  const parts = exact.map(Math.floor);
  let left = capped - parts.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => ({ index, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    if (parts[index]! < remaining[index]!) {
      parts[index]! += 1;
      left -= 1;
    }
  }
  return lines.map((line, index) => ({ ...line, discount: line.discount + parts[index]! }));
}
