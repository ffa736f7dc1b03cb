import { z } from 'zod';
import { DeviceKind } from '../device';
import { DeviceInfo } from '../fiscal/device-results';
import { Refundable } from '../flows/accounts';
import { JournalDocumentView } from './journal-view';

const NoInput = z.strictObject({});

/** What the counter needs beyond selling: the device's identity, reprint, the drawer, the journal's documents. */
export const counterChannels = {
  'device.info': { input: NoInput, output: DeviceInfo },
  'device.printLast': { input: NoInput, output: z.object({}) },
  'device.openDrawer': { input: NoInput, output: z.object({}) },
  'journal.get': { input: z.strictObject({ uuid: z.uuid() }), output: JournalDocumentView },
  'journal.list': { input: z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() }), output: z.array(JournalDocumentView) },
  /**
   * Scan for devices of every system that can be found; without ranges, the PC's own networks (the
   * desktop app only). Each found device names its kind and what its settings form may start with.
   */
  'device.discover': {
    input: z.strictObject({ ranges: z.array(z.string().max(20)).max(16).optional() }),
    output: z.array(z.object({ kind: DeviceKind, url: z.string(), host: z.string(), info: DeviceInfo, settings: z.record(z.string(), z.string()).optional() })),
  },
  /**
   * What is left to refund of a sale, an advance or a credit payment (each line: sold minus
   * refunded by documents not refused), with its moneyBackType and how the money goes back.
   */
  'journal.refundable': { input: z.strictObject({ uuid: z.uuid() }), output: Refundable },
} as const;
