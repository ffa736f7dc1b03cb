import type { AppContext } from '../app/context';
import type { DeviceOutcome, FiscalDriver } from '../devices/driver';
import { AppFailure } from '../app/app-failure';

/**
 * A call to the device that is not a document (open shift, X report, status): recorded in the
 * journal's events, its refusal or lost answer turned into a typed error for the renderer.
 * `request` is what the journal keeps of the call's input (the opening float, for the shift's
 * totals); never credentials.
 */
export async function deviceCall<T>(ctx: AppContext, kind: string, call: (driver: FiscalDriver) => Promise<DeviceOutcome<T>>, request: object = {}): Promise<T> {
  const driver = ctx.device.driver;
  if (!driver) throw new AppFailure('device_unavailable', `No driver reaches device ${ctx.device.id}`);
  const outcome = await call(driver);
  switch (outcome.kind) {
    case 'done':
      ctx.journal.recordEvent(ctx.device.id, kind, 'done', { ...request, value: outcome.value });
      if (outcome.value === null && outcome.duplicate) throw new AppFailure('device_no_answer', `${kind}: repeated request without data`, { reason: 'invalid_answer' });
      return outcome.value as T;
    case 'rejected': {
      const { refusal } = outcome;
      ctx.journal.recordEvent(ctx.device.id, kind, 'rejected', { ...request, code: refusal.code, deviceText: refusal.deviceText });
      throw new AppFailure('device_rejected', `${kind} refused: ${refusal.code} ${refusal.deviceText}`, refusal);
    }
    case 'unknown':
      ctx.journal.recordEvent(ctx.device.id, kind, 'unknown', { ...request, reason: outcome.reason, detail: outcome.detail });
      throw new AppFailure('device_no_answer', `${kind}: ${outcome.reason}`, { reason: outcome.reason });
  }
}
