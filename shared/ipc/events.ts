import { z } from 'zod';
import { ImportProgress } from '../catalog-file-import';
import { DeviceStatus } from '../device';
import { CustomerScreen } from '../sale/customer-view';
import { StorageProblem } from '../storage';
import type { EventName } from './names';

export const JournalProgress = z.object({
  deviceId: z.string(),
  unsettled: z.number().int().nonnegative(),
  /** Sending again documents whose fate was unknown (after a crash or a lost answer). */
  recovering: z.boolean(),
  /** Set while the device does not answer: the next try is in this many milliseconds. */
  retryInMs: z.number().int().nonnegative().optional(),
  problem: z.string().optional(),
  /** Set while the journal cannot be written: the device status shows it in red until a write succeeds. */
  storage: StorageProblem.optional(),
  /** The uuid of a quarantined document at the head of the queue: nothing is sent until the manager decides. */
  quarantined: z.string().optional(),
});
export type JournalProgress = z.infer<typeof JournalProgress>;

export const JournalDocumentEvent = z.object({
  deviceId: z.string(),
  uuid: z.string(),
  kind: z.string(),
  state: z.enum(['pending', 'sending', 'done', 'rejected', 'unknown']),
  attempts: z.number().int(),
  /** Settled by recovery: it had been left unknown or interrupted before. */
  recovered: z.boolean(),
  duplicate: z.boolean(),
  documentNumber: z.number().int().optional(),
  shortDocumentId: z.string().optional(),
  errorCode: z.string().optional(),
  errorText: z.string().optional(),
});
export type JournalDocumentEvent = z.infer<typeof JournalDocumentEvent>;

export const DiscoveryProgress = z.object({ scanned: z.number().int(), total: z.number().int(), found: z.number().int() });

/**
 * Something escaped every handler of the main process (a bug): logged there, and shown so the
 * shop knows to send the log. Only the error's name and code: a message may carry data.
 */
export const AppFault = z.object({
  kind: z.enum(['rejection', 'exception']),
  error: z.string().max(200),
  at: z.string(),
});
export type AppFault = z.infer<typeof AppFault>;

/** Main -> renderer events. The latest payload of each is replayed to a new subscriber. */
export const events = {
  'device.status': DeviceStatus,
  'journal.progress': JournalProgress,
  'journal.document': JournalDocumentEvent,
  'discovery.progress': DiscoveryProgress,
  'app.fault': AppFault,
  'display.view': CustomerScreen,
  'catalog.importProgress': ImportProgress,
} as const satisfies { [E in EventName]: z.ZodType };

export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const EventEnvelope = z.object({ event: z.string(), payload: z.unknown() });
