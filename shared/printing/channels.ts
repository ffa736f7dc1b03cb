import { z } from 'zod';
import { ExportFile } from '../reports/channels';
import { PrintState, ReceiptPrinterSettings } from './printer-settings';

const Receipt = z.strictObject({ uuid: z.uuid() });

/** The receipt printer's setting, and whether the active device needs it (it prints nothing itself). */
export const ReceiptPrinterView = z.object({ settings: ReceiptPrinterSettings, needed: z.boolean() });
export type ReceiptPrinterView = z.infer<typeof ReceiptPrinterView>;

/** The app's receipt printing's IPC channels, merged into the contract. */
export const printingChannels = {
  'printer.get': { input: z.strictObject({}), output: ReceiptPrinterView },
  'printer.save': { input: z.strictObject({ settings: ReceiptPrinterSettings }), output: ReceiptPrinterView },
  /** A test page on the printer as set in the form, saved or not. */
  'printer.test': { input: z.strictObject({ settings: ReceiptPrinterSettings }), output: PrintState },
  /** How the print of a fiscalised receipt went (it prints by itself once the device has done it). */
  'receipt.printState': { input: Receipt, output: PrintState },
  /** Prints a fiscalised receipt again, from the device and the journal's stored answer. */
  'receipt.print': { input: Receipt, output: PrintState },
  /**
   * Whether receipt detail offers a copy: the active device prints nothing itself and a printer is
   * set. Apart from printer.get, whose settings are a manager's to read, since any cashier reprints.
   */
  'receipt.reprintable': { input: z.strictObject({}), output: z.object({ reprintable: z.boolean() }) },
  /** Prints a receipt the customer already has again (receipt detail): marked as a copy, and audited. */
  'receipt.reprint': { input: Receipt, output: PrintState },
  /** The receipt as a PDF, for the system printer of a browser (the web host); `copy` for a reprint's. */
  'receipt.pdf': { input: z.strictObject({ uuid: z.uuid(), copy: z.boolean().optional() }), output: ExportFile },
} as const;
