import { z } from 'zod';

/**
 * A device's offline mode as the status bar shows it (Checkbox: the law allows 36 hours in a row
 * and 168 hours a calendar month). Times in ms; `since` an ISO instant.
 */
export const OfflineStatus = z.object({
  offline: z.boolean(),
  /** Why it sells offline: the manager chose it, or the service stopped answering. */
  reason: z.enum(['manager', 'unreachable']).optional(),
  since: z.string().optional(),
  sessionLeftMs: z.number().int().nonnegative(),
  monthLeftMs: z.number().int().nonnegative(),
  /** One of the budgets is nearly spent: the status bar warns. */
  warn: z.boolean(),
  /** One of them is spent: going (or staying) offline is refused. */
  spent: z.boolean(),
  /** Offline fiscal codes in hand: each offline receipt uses one. */
  codes: z.number().int().nonnegative(),
  /** Receipts made offline and not yet delivered to the tax service: shown as provisional. */
  undelivered: z.number().int().nonnegative(),
});
export type OfflineStatus = z.infer<typeof OfflineStatus>;
