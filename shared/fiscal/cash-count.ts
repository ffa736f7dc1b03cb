import { z } from 'zod';
import { DocumentMoney } from './units';

/** Signed: a drawer can be expected to hold less than nothing when more went out than the journal saw come in. */
const Amount = z.number().int().safe();

/**
 * The cash in the drawer at a Z report: what the journal expected there and what the manager
 * counted without seeing that figure (a blind count). Over when positive, short when negative.
 */
export const CashCount = z.object({ expected: Amount, counted: DocumentMoney });
export type CashCount = z.infer<typeof CashCount>;

export function overShort(count: CashCount): number {
  return count.counted - count.expected;
}

/**
 * What should be in the drawer now, and where it came from: the opening float, the cash kept
 * from sales (change given back is not kept), cash refunded, cash put in and taken out.
 */
export const ExpectedCash = z.object({
  openingFloat: Amount,
  cashSales: Amount,
  cashRefunds: Amount,
  cashIn: Amount,
  cashOut: Amount,
  expected: Amount,
});
export type ExpectedCash = z.infer<typeof ExpectedCash>;
