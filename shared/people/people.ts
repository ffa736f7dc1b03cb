import { z } from 'zod';
import { maxPersonNameLength } from '../fiscal/limits';
import { safeText } from '../text/safe-text';

/** A cashier sells; a manager also approves; an administrator also manages administrators. */
export const Role = z.enum(['cashier', 'manager', 'administrator']);
export type Role = z.infer<typeof Role>;

/** Digits only, so the touch keypad can type it; four at least, so it is not guessed at once. */
export const Pin = z.string().regex(/^\d{4,8}$/);

export const PersonName = safeText(maxPersonNameLength);

export const PersonView = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
});
export type PersonView = z.infer<typeof PersonView>;

/** Who may approve what a cashier may not do alone. */
export function canApprove(role: Role): boolean {
  switch (role) {
    case 'cashier':
      return false;
    case 'manager':
    case 'administrator':
      return true;
  }
}
