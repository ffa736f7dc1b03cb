import { vatPercent, type VatRate } from './catalogue-types';
import type { ReceiptLine, Tenders } from './documents';
import { quantityScale, type Money, type Quantity } from './units';

/**
 * Exact integer arithmetic, rounding half up once per line, as a fiscal device rounds
 * quantity × price to the qəpik. Every figure sent to a device comes from here, so the device's
 * own checks of line sums, totals and VAT never disagree with ours by a rounding.
 */
export function lineGross(price: Money, quantity: Quantity): Money {
  return Math.floor((price * quantity + quantityScale / 2) / quantityScale);
}

export function lineTotal(line: Pick<ReceiptLine, 'price' | 'quantity' | 'discount'>): Money {
  return lineGross(line.price, line.quantity) - line.discount;
}

export function linesTotal(lines: readonly Pick<ReceiptLine, 'price' | 'quantity' | 'discount'>[]): Money {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0);
}

export function tendersTotal(tenders: Tenders): Money {
  return tenders.cash + tenders.card + tenders.bonus + tenders.credit + tenders.prepayment;
}

export function nonCashTotal(tenders: Tenders): Money {
  return tenders.card + tenders.bonus + tenders.credit + tenders.prepayment;
}

/**
 * Change is given from cash only: what is paid beyond the total, never more than the cash.
 * `cashRounding` (cash-rounding.ts) moves what is due in cash.
 */
export function change(total: Money, tenders: Tenders, cashRounding = 0): Money {
  return Math.max(0, tendersTotal(tenders) - total - cashRounding);
}

export type PaymentProblem = 'underpaid' | 'changeFromNonCash';

export function paymentProblem(total: Money, tenders: Tenders, cashRounding = 0): PaymentProblem | null {
  if (tendersTotal(tenders) < total + cashRounding) return 'underpaid';
  if (nonCashTotal(tenders) > total) return 'changeFromNonCash';
  return null;
}

/** The tax inside a gross amount at a rate, rounded half up to the qəpik. */
export function taxIncluded(gross: Money, rate: VatRate): Money {
  const percent = vatPercent[rate];
  if (!percent) return 0;
  return Math.floor((gross * percent * 2 + (100 + percent)) / ((100 + percent) * 2));
}

export interface VatGroup {
  vatRate: VatRate;
  gross: Money;
  tax: Money;
}

/** Gross per VAT regime in first-seen order, with the tax computed once per group. */
export function vatBreakdown(lines: readonly Pick<ReceiptLine, 'price' | 'quantity' | 'discount' | 'vatRate'>[]): VatGroup[] {
  const gross = new Map<VatRate, Money>();
  for (const line of lines) gross.set(line.vatRate, (gross.get(line.vatRate) ?? 0) + lineTotal(line));
  return [...gross].map(([vatRate, sum]) => ({ vatRate, gross: sum, tax: taxIncluded(sum, vatRate) }));
}
