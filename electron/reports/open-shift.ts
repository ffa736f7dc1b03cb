import type { AppContext } from '../app/context';
import { deviceCall } from '../ipc/device-call';
import { learnFloatBooking } from './float-booking';

/**
 * Opens the shift; with a float, the device is asked at once how it booked it (float-booking.ts),
 * so the journal's figures count the float the way this device does. The journal keeps the float
 * with the openShift event (shift-documents.ts).
 */
export async function openShift(ctx: AppContext, cashierName: string, openingFloat: number): Promise<void> {
  await deviceCall(ctx, 'openShift', (driver) => driver.openShift(cashierName, openingFloat), { openingFloat });
  await learnFloatBooking(ctx, cashierName, openingFloat);
}
