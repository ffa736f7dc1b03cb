import { z } from 'zod';
import { maxMoney, maxPrice, maxQuantity } from './limits';

/** Money: integer minor units (qəpik, kopiyka). */
export const Money = z.number().int().safe().nonnegative();
export type Money = z.infer<typeof Money>;

/** Quantity: integer thousandths (grams of a kilogram, millilitres of a litre, pieces × 1000). */
export const Quantity = z.number().int().safe().positive();
export type Quantity = z.infer<typeof Quantity>;

export const quantityScale = 1000;

/** Money one document carries (a tender, a sum, a discount): bounded, see limits.ts. Figures summed over many documents stay `Money`. */
export const DocumentMoney = Money.max(maxMoney);
/** A unit price on a receipt line. */
export const UnitPrice = Money.max(maxPrice);
/** A receipt line's quantity. */
export const LineQuantity = Quantity.max(maxQuantity);
