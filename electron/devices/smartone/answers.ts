import { z } from 'zod';

/**
 * The device's answers, read liberally (numbers as strings, "" for absent dates, booleans as
 * "true"/"false") but checked: nothing from the device is used before it parses here.
 */
const DeviceInteger = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number).pipe(z.number().int().safe());
const DeviceText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? undefined : String(v)));
/** An optional number the device may leave empty (""), as it does for firstDocNumber. */
const OptionalInteger = z.union([DeviceInteger, z.literal(''), z.null()]).optional().transform((v) => (v === '' || v === null ? undefined : v));
const DeviceFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const Envelope = z.looseObject({
  status: z.enum(['success', 'error']),
  code: DeviceInteger,
  message: z.string().nullish(),
});
export type Envelope = z.infer<typeof Envelope>;

export const DocumentAnswer = z.looseObject({
  documentID: DeviceInteger,
  fiscalID: DeviceText,
  fiscalNum: DeviceText,
  docStatus: DeviceInteger.optional(),
  rrn: DeviceText,
  auth: DeviceText,
  printError: DeviceInteger.optional(),
});
export type DocumentAnswer = z.infer<typeof DocumentAnswer>;

/** /check_status: docStatus 1 closed; 0 open and −1 seen are both "still processing". */
export const StatusAnswer = DocumentAnswer.extend({ docStatus: DeviceInteger });

export const ShiftAnswer = z.looseObject({
  shiftID: DeviceInteger.optional(),
  isShiftOpen: DeviceFlag.optional(),
  shiftStatus: DeviceInteger.optional(),
  shiftOpenAt: DeviceText,
  cash: DeviceInteger.optional(),
});
export type ShiftAnswer = z.infer<typeof ShiftAnswer>;

export const VatAmountAnswer = z.looseObject({
  vatPercent: DeviceInteger,
  vatAmount: DeviceInteger.default(0),
  vatSum: DeviceInteger.optional(),
  fullName: DeviceText,
});
export type VatAmountAnswer = z.infer<typeof VatAmountAnswer>;

/**
 * The X report (seed 002) and the Z answer of /close_shift: figures named by operation and
 * tender (saleCashSum, moneyBackVatAmounts ...), read one by one in report-mapping.ts.
 */
export const ShiftReportAnswer = z.looseObject({
  shiftID: DeviceInteger.optional(),
  fiscalShiftID: DeviceText,
  fiscalShiftNum: OptionalInteger,
  shiftOpenAt: DeviceText,
  docCountToSend: OptionalInteger,
  firstDocNumber: OptionalInteger,
  lastDocNumber: OptionalInteger,
  reportNumber: DeviceText,
  cash: DeviceInteger.optional(),
});
export type ShiftReportAnswer = z.infer<typeof ShiftReportAnswer> & Record<string, unknown>;

export const Figure = DeviceInteger.nullish().transform((v) => v ?? 0);
export const VatAmounts = z.array(VatAmountAnswer).nullish().transform((v) => v ?? []);

export const DatesReportAnswer = z.looseObject({ dateFrom: DeviceText, dateFor: DeviceText });

export const InfoAnswer = z.looseObject({
  model: DeviceText,
  version: DeviceText,
  serialNumber: DeviceText,
  tin: DeviceText,
  shopName: DeviceText,
  shopAddress: DeviceText,
  token: DeviceText,
});
