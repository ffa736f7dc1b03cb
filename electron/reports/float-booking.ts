import { z } from 'zod';
import type { ShiftReport } from '../../shared/fiscal/shift-report';
import type { AppContext } from '../app/context';
import { AppFailure } from '../app/app-failure';
import type { DeviceRegistry } from '../devices/device-registry';
import { deviceCall } from '../ipc/device-call';

/**
 * How a device books the opening float of openShift, where the API document is silent (it only
 * calls it "the initial deposit that will be placed in the cash drawer"): `deposit`, a deposit
 * document of its own, in the reports and on the control tape; `notBooked`, cash in the drawer
 * only. `unknown` until the device has been asked.
 */
export const FloatBooking = z.enum(['deposit', 'notBooked']);
export type FloatBooking = z.infer<typeof FloatBooking> | 'unknown';

const key = 'openingFloat';

/** What this device was seen to do with an opening float (remembered per device). */
export function floatBooking(devices: DeviceRegistry, deviceId: string): FloatBooking {
  const parsed = FloatBooking.safeParse(devices.learned(deviceId)[key]);
  return parsed.success ? parsed.data : 'unknown';
}

/**
 * What an X report taken right after opening tells of the float: the shift has no other
 * document yet, so its deposits are the float's own or none. Anything else tells nothing.
 */
export function floatBookingOf(report: ShiftReport, openingFloat: number): FloatBooking {
  if (report.deposit.count === 0 && report.deposit.total === 0) return 'notBooked';
  if (report.deposit.count === 1 && report.deposit.total === openingFloat) return 'deposit';
  return 'unknown';
}

/**
 * Learns, right after a shift opened with a float, how the device booked it, and remembers it
 * for the journal's check, the periodic report and the control tape. Every opening with a float
 * asks again: a device's software may change. A device that does not answer leaves what was known.
 */
export async function learnFloatBooking(ctx: AppContext, cashierName: string, openingFloat: number): Promise<FloatBooking> {
  const known = floatBooking(ctx.devices, ctx.device.id);
  if (openingFloat <= 0 || !ctx.device.capabilities()?.reports.includes('x')) return known;
  let report: ShiftReport;
  try {
    report = await deviceCall(ctx, 'getXReport', (driver) => driver.xReport(cashierName), { learning: key });
  } catch (error) {
    if (error instanceof AppFailure) return known;
    throw error;
  }
  const seen = floatBookingOf(report, openingFloat);
  if (seen === 'unknown') return known;
  ctx.devices.learn(ctx.device.id, key, seen);
  return seen;
}
