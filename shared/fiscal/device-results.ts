import { z } from 'zod';
import { ShiftReport } from './shift-report';

/** What a device answered for a fiscalised document; money in minor units. */
export const DocumentResult = z.object({
  documentId: z.string(),
  documentNumber: z.number().int(),
  shiftDocumentNumber: z.number().int().optional(),
  shortDocumentId: z.string().optional(),
  /** The receipt's barcode number, printed under the barcode. */
  barcode: z.string().optional(),
  total: z.number().int().optional(),
  /** The device answered a total that is no amount at all (beyond a safe integer): a mismatch, not a total. */
  totalUnreadable: z.literal(true).optional(),
  rrn: z.string().optional(),
  approvalCode: z.string().optional(),
  transactionId: z.string().optional(),
  transactionNumber: z.string().optional(),
  /** For a Z report (closeShift): the shift's totals; its documentNumber is the report's number. */
  report: ShiftReport.optional(),
  /** The receipt's public page where the device's service gives one: the customer's e-receipt, shown on screen as a QR code. */
  receiptUrl: z.string().optional(),
  /** Made offline with a reserved fiscal code: provisional until the service delivers it to the tax service. */
  provisional: z.literal(true).optional(),
});
export type DocumentResult = z.infer<typeof DocumentResult>;

/** The device's identity and state (getInfo), for the status bar, setup and diagnostics. */
export const DeviceInfo = z.object({
  model: z.string().optional(),
  applicationVersion: z.string().optional(),
  cashboxTaxNumber: z.string().optional(),
  cashboxFactoryNumber: z.string().optional(),
  cashRegisterFactoryNumber: z.string().optional(),
  companyName: z.string().optional(),
  companyTaxNumber: z.string().optional(),
  objectName: z.string().optional(),
  objectAddress: z.string().optional(),
  objectTaxNumber: z.string().optional(),
  lastDocumentNumber: z.number().int().optional(),
  lastOnlineAt: z.string().optional(),
  qrCodeUrl: z.string().optional(),
  state: z.string().optional(),
  tokenVersion: z.string().optional(),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

export const ShiftStatus = z.object({
  open: z.boolean(),
  /** ISO 8601 instant. */
  openedAt: z.string().optional(),
});
export type ShiftStatus = z.infer<typeof ShiftStatus>;

export const ControlTapeEntry = z.object({
  documentId: z.string(),
  shortDocumentId: z.string().optional(),
  number: z.number().int().optional(),
  /** The device's own word for the document's type, shown where it names none of ours. */
  type: z.string(),
  /** Our kind for `type`, given by the driver's mapping where the device's word names one. */
  kind: z.enum(['sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift']).optional(),
  createdAt: z.string().optional(),
  itemCount: z.number().int().optional(),
  total: z.number().int(),
  vat: z.number().int(),
  delivered: z.boolean().optional(),
});

export const ControlTape = z.object({
  shiftNumber: z.number().int().optional(),
  shiftOpenedAt: z.string().optional(),
  createdAt: z.string().optional(),
  entries: z.array(ControlTapeEntry),
});
export type ControlTape = z.infer<typeof ControlTape>;

/** The periodic report's figures by the device's names; sums in minor units, counts as they are. */
export const PeriodicReport = z.object({
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  createdAt: z.string().optional(),
  figures: z.record(z.string(), z.number().int()),
});
export type PeriodicReport = z.infer<typeof PeriodicReport>;
