import type { SimTax } from './tax-table';

/** A discount or extra charge as the service takes it: VALUE in kopecks, PERCENT of the base. */
export interface DiscountPayload {
  type: 'DISCOUNT' | 'EXTRA_CHARGE';
  mode: 'VALUE' | 'PERCENT';
  value: number;
  tax_code?: number | null;
  tax_codes?: number[] | null;
  name?: string | null;
}

export interface GoodPayload {
  good: { code: string; name: string; price: number; tax?: number[]; barcode?: string | null };
  quantity: number;
  is_return: boolean;
  discounts?: DiscountPayload[];
}

export interface PaymentPayload {
  type: 'CASH' | 'CASHLESS';
  value: number;
  label: string;
}

/** Half up to the kopeck: the seed's example (1 % of 456 = +5, 5 % of 583 = −29) needs it. */
export function halfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** The signed sum of a discount on `base` kopecks; percent may have two decimals. */
export function discountSum(discount: DiscountPayload, base: number): number {
  const hundredths = Math.round(discount.value * 100);
  const size = discount.mode === 'VALUE' ? discount.value : halfUp(base * hundredths, 10_000);
  return discount.type === 'DISCOUNT' ? -size : size;
}

/** Line sum: price × quantity / 1000, half up (ambiguity A2: the app's receipt-math agrees). */
export function goodGross(price: number, quantity: number): number {
  return halfUp(price * quantity, 1000);
}

/** Cash rounded to 10 kopecks under the NBU rule: 1–4 down, 5–9 up. */
export function nbuRound(sum: number): number {
  return halfUp(sum, 10) * 10;
}

/** The VAT inside a gross sum at `rate` percent, half up. */
export function taxInside(gross: number, rate: number): number {
  return rate === 0 ? 0 : halfUp(gross * rate, 100 + rate);
}

export interface ComputedGood {
  gross: number;
  discounts: { payload: DiscountPayload; sum: number }[];
  /** After the good's own discounts. */
  net: number;
}

export interface ComputedTax {
  tax: SimTax;
  /** Turnover of the goods under this code, after every discount. */
  turnover: number;
  value: number;
  extraValue: number;
}

export interface ComputedReceipt {
  goods: ComputedGood[];
  receiptDiscounts: { payload: DiscountPayload; sum: number }[];
  total: number;
  /** What must be paid: the total, its cash part rounded when `rounding` is on. */
  due: number;
  roundSum: number;
  paid: number;
  cashPaid: number;
  rest: number;
  taxes: ComputedTax[];
}

function codesOf(discount: DiscountPayload): number[] {
  return discount.tax_codes ?? (discount.tax_code === undefined || discount.tax_code === null ? [] : [discount.tax_code]);
}

/**
 * The receipt's sums exactly as the service computes them: each good's gross, its discounts,
 * then the receipt's discounts on the goods of their tax codes (all goods without a code). Receipt
 * discounts are spread on the turnover of each code in proportion, the remainder on the last.
 */
export function computeReceipt(goods: readonly GoodPayload[], discounts: readonly DiscountPayload[], payments: readonly PaymentPayload[], rounding: boolean, table: readonly SimTax[]): ComputedReceipt {
  const computed = goods.map((good): ComputedGood => {
    const gross = goodGross(good.good.price, good.quantity);
    const own = (good.discounts ?? []).map((payload) => ({ payload, sum: discountSum(payload, gross) }));
    return { gross, discounts: own, net: gross + own.reduce((s, d) => s + d.sum, 0) };
  });
  const nets = computed.map((good) => good.net);
  const receiptDiscounts = discounts.map((payload) => {
    const codes = codesOf(payload);
    const applies = goods.map((good) => codes.length === 0 || (good.good.tax ?? []).some((code) => codes.includes(code)));
    const base = nets.reduce((s, net, i) => s + (applies[i] ? net : 0), 0);
    const sum = discountSum(payload, base);
    let left = sum;
    const last = applies.lastIndexOf(true);
    applies.forEach((on, i) => {
      if (!on || base === 0) return;
      const share = i === last ? left : Math.trunc((sum * nets[i]!) / base);
      nets[i]! += share;
      left -= share;
    });
    return { payload, sum };
  });
  const total = computed.reduce((s, g) => s + g.net, 0) + receiptDiscounts.reduce((s, d) => s + d.sum, 0);
  const cashPaid = payments.filter((p) => p.type === 'CASH').reduce((s, p) => s + p.value, 0);
  const cardPaid = payments.filter((p) => p.type === 'CASHLESS').reduce((s, p) => s + p.value, 0);
  // Only the cash part is rounded (card pays exactly): what is left for cash after the card.
  const due = rounding && cashPaid > 0 ? cardPaid + nbuRound(Math.max(0, total - cardPaid)) : total;
  const paid = cashPaid + cardPaid;
  const taxes: ComputedTax[] = [];
  for (const row of table) {
    const turnover = goods.reduce((s, good, i) => s + ((good.good.tax ?? []).includes(row.code) ? nets[i]! : 0), 0);
    if (!goods.some((good) => (good.good.tax ?? []).includes(row.code))) continue;
    taxes.push({ tax: row, turnover, value: taxInside(turnover, row.rate), extraValue: taxInside(turnover, row.extra_rate) });
  }
  return { goods: computed, receiptDiscounts, total, due, roundSum: due - total, paid, cashPaid, rest: Math.max(0, paid - due), taxes };
}
