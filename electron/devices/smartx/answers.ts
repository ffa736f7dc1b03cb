import { z } from 'zod';

/**
 * The register's answers, read with zod. Figures come as decimal strings in the documents and
 * as JSON numbers from some builds (FN §3.2): both are taken here and parsed exactly elsewhere.
 * Anything that fails these schemas is an unreadable answer, never a refusal.
 */
const Figure = z.union([z.string(), z.number()]);
const Code = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
const Text = z.string().nullish();

/** Every answer to an operation (spec §2 BaseResponse); an error carries only the first four fields. */
export const BaseResponse = z.object({
  resultCode: Code,
  messageTitle: Text,
  messageDetail: Text,
  type: Text,
  dateTime: Text,
  numberCheck: z.union([z.string(), z.number().int()]).nullish(),
  registerNumberSKO: Text,
  uid: Text,
  uuid: Text,
  rrn: Text,
  total: Figure.nullish(),
  change: Figure.nullish(),
  isPrintSuccess: z.boolean().nullish(),
  sum: Figure.nullish(),
  token: Text,
});
export type BaseResponse = z.infer<typeof BaseResponse>;

/** OPERATION_ID's documented answer: no resultCode, payments as plain strings (OP-OPID). */
export const OperationResponse = z.object({
  operationId: z.string().nullish(),
  uid: Text,
  uuid: Text,
  header: z
    .object({ cashier: Text, chequeNumber: z.union([z.number().int(), z.string()]).nullish(), date: Text, currency: Text })
    .nullish(),
  total: Figure.nullish(),
  payments: z.array(z.string()).nullish(),
  operationType: Text,
  isSucceed: z.boolean(),
});
export type OperationResponse = z.infer<typeof OperationResponse>;

/**
 * OTHER_INFO (G): nothing we hold documents its fields. These are the names the training device
 * answers with; a real register's other fields are ignored and missing ones stay unknown.
 */
export const OtherInfo = BaseResponse.extend({
  serialNumber: Text,
  softwareVersion: Text,
  isShiftOpen: z.boolean().nullish(),
  shiftOpenedAt: Text,
});
export type OtherInfo = z.infer<typeof OtherInfo>;

const Turnover = z.object({
  count: z.number().int().nonnegative(),
  total: Figure,
  cash: Figure,
  cashless: Figure,
  /** Turnover and the VAT inside it per register section: the register's own split (spec §5). */
  sections: z.array(z.object({ code: z.number().int(), total: Figure, vat: Figure })),
});
export type Turnover = z.infer<typeof Turnover>;

const CashMovements = z.object({ count: z.number().int().nonnegative(), sum: Figure });

/** X report and close shift (G, ambiguity C1): the shift's totals in the shape the training device gives. */
export const ShiftTotalsAnswer = BaseResponse.extend({
  shiftNumber: z.union([z.number().int(), z.string()]).nullish(),
  shiftOpenedAt: Text,
  firstCheck: z.number().int().nullish(),
  lastCheck: z.number().int().nullish(),
  sale: Turnover,
  moneyBack: Turnover,
  annul: Turnover,
  deposit: CashMovements,
  withdrawal: CashMovements,
});
export type ShiftTotalsAnswer = z.infer<typeof ShiftTotalsAnswer>;
