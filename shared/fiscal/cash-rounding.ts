import type { CashRounding } from '../devices/capabilities';
import type { Tenders } from './documents';
import { nonCashTotal } from './receipt-math';

/**
 * Rounding of the amount paid in cash, by the device's rule (capabilities `cashRounding`):
 * - `none`: paid to the minor unit;
 * - `nbu10`: Ukraine's rule since the 1-, 2- and 5-kopiyka coins left circulation (NBU): the
 *   cash part of a payment is rounded to 10 kopiyky, 1-4 down and 5-9 up; a card pays exactly,
 *   and the receipt shows the difference.
 * The receipt's total never changes: the rounding is a line of its own, and the cash kept differs
 * from the total by it.
 */
export function roundCash(amount: number, rule: CashRounding): number {
  switch (rule) {
    case 'none':
      return amount;
    case 'nbu10':
      return Math.floor((amount + 5) / 10) * 10;
  }
}

/** The most a rounding can move a payment, either way, under any rule: a document that claims more is refused. */
export const maxCashRounding = 5;

/**
 * What the rule does to a document of `total` paid with `tenders`: the rounded cash due minus the
 * exact one (negative when rounded down). Nothing is rounded where nothing is paid in cash.
 */
export function cashRoundingOf(total: number, tenders: Tenders, rule: CashRounding): number {
  if (tenders.cash === 0) return 0;
  const due = Math.max(0, total - nonCashTotal(tenders));
  return roundCash(due, rule) - due;
}
