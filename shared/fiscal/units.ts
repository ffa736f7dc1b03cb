import { z } from 'zod';

/** Money: integer minor units (qəpik, kopiyka). */
export const Money = z.number().int().safe().nonnegative();
export type Money = z.infer<typeof Money>;

/** Quantity: integer thousandths (grams of a kilogram, millilitres of a litre, pieces × 1000). */
export const Quantity = z.number().int().safe().positive();
export type Quantity = z.infer<typeof Quantity>;

export const quantityScale = 1000;
