import { z } from 'zod';
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
  /** Scan for Caspos devices; without ranges, the PC's own networks (the desktop app only). */
  'device.discover': {
    input: z.strictObject({ ranges: z.array(z.string().max(20)).max(16).optional() }),
    output: z.array(z.object({ url: z.string(), host: z.string(), info: DeviceInfo })),
  },
  /**
   * What is left to refund of a sale, an advance or a credit payment (each line: sold minus
   * refunded by documents not refused), with its moneyBackType and how the money goes back.
   */
  'journal.refundable': { input: z.strictObject({ uuid: z.uuid() }), output: Refundable },
} as const;
