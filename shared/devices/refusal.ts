import { z } from 'zod';
import { DeviceKind } from '../device';

/** What the cashier is told of a refusal, as i18n keys: what happened, and what to do about it. */
export const CashierExplanation = z.object({ explanation: z.string().min(1), action: z.string().min(1) });
export type CashierExplanation = z.infer<typeof CashierExplanation>;

/**
 * A device's refusal in no system's terms: which system refused, its code as text (Caspos
 * numbers, Checkbox words), its own words, and, where the driver knows the code, the cashier's
 * explanation and action; without one, the device's words go to the manager or support.
 */
export const DeviceRefusal = z.object({
  system: DeviceKind,
  code: z.string(),
  deviceText: z.string(),
  cashier: CashierExplanation.nullable(),
});
export type DeviceRefusal = z.infer<typeof DeviceRefusal>;
