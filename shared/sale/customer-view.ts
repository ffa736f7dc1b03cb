import { z } from 'zod';
import { QuantityUnit } from '../fiscal/catalogue-types';
import { Locale } from '../locale';
import { Currency } from '../money';

const Minor = z.number().int().nonnegative().max(100_000_000_000);

/** One line as the customer reads it: what, how much, at what price, for how much. */
export const CustomerLine = z.object({
  name: z.string().min(1).max(500),
  /** Thousandths: 1000 is one piece or one kilogram. */
  quantity: z.number().int().positive().max(1_000_000_000),
  unit: QuantityUnit,
  price: Minor,
  discount: Minor,
  total: Minor,
});

/**
 * What the customer-facing display shows, sent by the cashier's page on every change of the cart:
 * nothing (a welcome), the cart being built, or the sale just paid with its change.
 */
export const CustomerView = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle'), currency: Currency }),
  z.object({ state: z.literal('cart'), currency: Currency, lines: z.array(CustomerLine).max(1000), discount: Minor, total: Minor }),
  z.object({ state: z.literal('paid'), currency: Currency, total: Minor, paid: Minor, change: Minor }),
]);
export type CustomerView = z.infer<typeof CustomerView>;

/** The view with the language the shop chose for its customers (a setting, apart from the cashier's). */
export const CustomerScreen = z.object({ view: CustomerView, locale: Locale });
export type CustomerScreen = z.infer<typeof CustomerScreen>;
