import { z } from 'zod';

/**
 * What a shop has of its device, set per device by the installer or a manager: a driver declares
 * what its system can do, but a shop without a drawer on the register, or that never sells on
 * credit, must not see buttons for them. Each switch only narrows the driver's capabilities.
 */
export const DeviceFeatures = z.strictObject({
  /** A cash drawer is connected to the register. */
  cashDrawer: z.boolean(),
  /** The shop sells on credit: credit sales, their payments and refunds. */
  credit: z.boolean(),
  /** Receipts may be rolled back (voided) on the device. */
  rollBack: z.boolean(),
  /** Customers may pay with bonus points. */
  bonus: z.boolean(),
});
export type DeviceFeatures = z.infer<typeof DeviceFeatures>;

/** A device nobody has narrowed: everything its driver declares. */
export const allDeviceFeatures: DeviceFeatures = { cashDrawer: true, credit: true, rollBack: true, bonus: true };
