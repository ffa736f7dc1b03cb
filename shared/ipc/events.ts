import { z } from 'zod';
import { DeviceStatus } from '../device';
import type { EventName } from './names';

export const JournalProgress = z.object({
  deviceId: z.string(),
  unsettled: z.number().int().nonnegative(),
  recovering: z.boolean(),
});
export type JournalProgress = z.infer<typeof JournalProgress>;

/** Main -> renderer events. The latest payload of each is replayed to a new subscriber. */
export const events = {
  'device.status': DeviceStatus,
  'journal.progress': JournalProgress,
} as const satisfies { [E in EventName]: z.ZodType };

export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const EventEnvelope = z.object({ event: z.string(), payload: z.unknown() });
