import { z } from 'zod';
import type { FiscalDocument } from '../fiscal/documents';

/**
 * What a cashier may not do without a manager's PIN. The main process checks every call against
 * this list (electron/people/access.ts); the renderer uses it to ask for the PIN before calling.
 */
export const PrivilegedAction = z.enum(['refund', 'rollback', 'correction', 'cashOut', 'discount', 'clearCart', 'zReport', 'settings', 'catalogue', 'priceChange']);
export type PrivilegedAction = z.infer<typeof PrivilegedAction>;

/**
 * The privilege a fiscal document needs by its kind, if any. A sale needs `discount` besides
 * when a line is discounted beyond the shop's cap for cashiers (electron/people/access.ts).
 */
export function documentPrivilege(document: FiscalDocument): PrivilegedAction | undefined {
  switch (document.kind) {
    case 'moneyBack':
      return 'refund';
    case 'rollBack':
      return 'rollback';
    case 'correction':
      return 'correction';
    case 'withdraw':
      return 'cashOut';
    case 'closeShift':
      return 'zReport';
    case 'sale':
    case 'creditPay':
    case 'prepayment':
    case 'deposit':
      return undefined;
  }
}
