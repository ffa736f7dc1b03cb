import { z } from 'zod';
import { DeviceDateTime } from './requests';

/**
 * The device's answers, read liberally (issue: code as string or number, snake or camel case,
 * missing data) but checked: nothing from the device is used before it parses here.
 * Keys are camelCase after normalize-keys.ts.
 */
export const Envelope = z.looseObject({
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string().nullish(),
  data: z.unknown().optional(),
});

/** The device writes "null" as a string for absent bank fields. */
const DeviceText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' || v === 'null' ? undefined : String(v)));

const DeviceInteger = z.union([z.number(), z.string().regex(/^-?\d+(\.0+)?$/)]).transform(Number).pipe(z.number().int());
const DeviceNumber = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);
const DeviceFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const LoginAnswer = z.looseObject({ accessToken: z.string().min(1) });

export const InfoAnswer = z.looseObject({
  applicationVersion: DeviceText,
  cashregisterModel: DeviceText,
  cashboxTaxNumber: DeviceText,
  cashboxFactoryNumber: DeviceText,
  cashregisterFactoryNumber: DeviceText,
  companyName: DeviceText,
  companyTaxNumber: DeviceText,
  lastDocNumber: DeviceNumber.optional(),
  lastOnlineTime: DeviceText,
  objectAddress: DeviceText,
  objectName: DeviceText,
  objectTaxNumber: DeviceText,
  qrCodeUrl: DeviceText,
  state: DeviceText,
  tokenVersion: DeviceText,
});
export type InfoAnswer = z.infer<typeof InfoAnswer>;

export const ShiftStatusAnswer = z.looseObject({
  shiftOpen: DeviceFlag,
  shiftOpenTime: DeviceDateTime.nullish(),
});
export type ShiftStatusAnswer = z.infer<typeof ShiftStatusAnswer>;

export const DocumentAnswer = z.looseObject({
  documentId: z.string().min(1),
  documentNumber: DeviceInteger,
  shiftDocumentNumber: DeviceInteger.optional(),
  shortDocumentId: DeviceText,
  number: DeviceText,
  totalSum: DeviceNumber.optional(),
  rrn: DeviceText,
  approvalCode: DeviceText,
  transactionId: DeviceText,
  transactionNumber: DeviceText,
});
export type DocumentAnswer = z.infer<typeof DocumentAnswer>;

export const VatAmountAnswer = z.looseObject({ vatPercent: DeviceNumber.nullish(), vatSum: DeviceNumber });
export const VatAmountsAnswer = z.array(VatAmountAnswer).nullish().transform((v) => v ?? []);
export const Figure = DeviceNumber.nullish().transform((v) => v ?? 0);
export const Count = DeviceInteger.nullish().transform((v) => v ?? 0);

/**
 * One currency's totals of an X or Z report. Its figures are named by operation and tender
 * (saleCashSum, moneyBackVatAmounts ...); report-mapping.ts reads each through Figure, Count
 * and VatAmountsAnswer, so a present but unreadable figure still fails.
 */
export const CurrencyTotalsAnswer = z.looseObject({ currency: z.string().default('AZN') });
export type CurrencyTotalsAnswer = z.infer<typeof CurrencyTotalsAnswer>;

export const ShiftReportAnswer = z.looseObject({
  currencies: z.array(CurrencyTotalsAnswer).min(1),
  docCountToSend: DeviceInteger.optional(),
  documentId: DeviceText,
  firstDocNumber: DeviceInteger.optional(),
  lastDocNumber: DeviceInteger.optional(),
  createdAtUtc: DeviceText,
  reportNumber: DeviceText,
  shiftOpenAtUtc: DeviceText,
});
export type ShiftReportAnswer = z.infer<typeof ShiftReportAnswer>;

/** Figures of the periodic report, in the device's own names (cashInTotal, saleReturnCount...). */
export const PeriodicReportAnswer = z.looseObject({
  date: DeviceText,
  startDate: DeviceText,
  endDate: DeviceText,
});
export type PeriodicReportAnswer = z.infer<typeof PeriodicReportAnswer> & Record<string, unknown>;

export const ControlTapeEntryAnswer = z.looseObject({
  createdAtUtc: DeviceText,
  documentId: z.string().min(1),
  itemCount: DeviceInteger.optional(),
  totalSum: DeviceNumber.default(0),
  totalVat: DeviceNumber.default(0),
  delivered: DeviceFlag.optional(),
  number: DeviceInteger.optional(),
  shortDocumentId: DeviceText,
  type: z.string(),
});

export const ControlTapeAnswer = z.looseObject({
  createdAtUtc: DeviceText,
  documentsQuantity: DeviceInteger.optional(),
  shiftNumber: DeviceInteger.optional(),
  shiftOpenAtUtc: DeviceText,
  tape: z.array(ControlTapeEntryAnswer).default([]),
});
export type ControlTapeAnswer = z.infer<typeof ControlTapeAnswer>;
