import { z } from 'zod';

/**
 * The service's answers as the driver reads them: only the fields it uses, checked with zod
 * (OAS 0.1.79 patched as the field notes say: nulls allowed where real answers carry them).
 * Anything else in an answer is ignored; an answer that fails these is `unknown`, never refused.
 */
const Kopecks = z.number().int().safe();
const Instant = z.string().min(1);

export const TokenAnswer = z.object({ access_token: z.string().min(1) });

export const TaxRow = z.object({
  code: z.number().int(),
  label: z.string(),
  symbol: z.string().nullish(),
  rate: z.number(),
  extra_rate: z.number().nullish(),
  no_vat: z.boolean().nullish(),
});
export type TaxRow = z.infer<typeof TaxRow>;
export const TaxTable = z.array(TaxRow);

export const Transaction = z.object({
  status: z.string(),
  response_error_message: z.string().nullish(),
});

export const ReceiptState = z.enum(['CREATED', 'DONE', 'ERROR', 'CANCELLATION', 'CANCELLED']);

export const ReceiptAnswer = z.object({
  id: z.string().min(1),
  type: z.string(),
  serial: z.number().int(),
  status: ReceiptState,
  transaction: Transaction.nullish(),
  total_sum: Kopecks,
  round_sum: Kopecks.nullish(),
  fiscal_code: z.string().nullish(),
  fiscal_date: z.string().nullish(),
  created_at: Instant,
  tax_url: z.string().nullish(),
  is_created_offline: z.boolean().nullish(),
  shift: z.object({ id: z.string() }).nullish(),
  goods: z.array(z.object({ quantity: z.number().int() })).nullish(),
  taxes: z.array(z.object({ code: z.number().int(), value: Kopecks })).nullish(),
});
export type ReceiptAnswer = z.infer<typeof ReceiptAnswer>;

export const ReportPayments = z.object({
  type: z.string(),
  sell_sum: Kopecks,
  return_sum: Kopecks,
  service_in: Kopecks,
  service_out: Kopecks,
});

export const ReportTaxes = z.object({
  code: z.number().int(),
  label: z.string(),
  rate: z.number(),
  no_vat: z.boolean().nullish(),
  sell_sum: Kopecks,
  return_sum: Kopecks,
  sales_turnover: Kopecks,
  returns_turnover: Kopecks,
});

export const ReportAnswer = z.object({
  id: z.string(),
  serial: z.number().int(),
  is_z_report: z.boolean(),
  payments: z.array(ReportPayments),
  taxes: z.array(ReportTaxes),
  sell_receipts_count: z.number().int().nonnegative(),
  return_receipts_count: z.number().int().nonnegative(),
  balance: Kopecks,
  initial: Kopecks,
  created_at: Instant,
});
export type ReportAnswer = z.infer<typeof ReportAnswer>;

export const ShiftState = z.enum(['CREATED', 'OPENING', 'OPENED', 'CLOSING', 'CLOSED']);

export const ShiftAnswer = z.object({
  id: z.string(),
  serial: z.number().int(),
  status: ShiftState,
  opened_at: z.string().nullish(),
  closed_at: z.string().nullish(),
  z_report: ReportAnswer.nullish(),
  initial_transaction: Transaction.nullish(),
  closing_transaction: Transaction.nullish(),
});
export type ShiftAnswer = z.infer<typeof ShiftAnswer>;

/** GET /cashier/shift: JSON null when no shift (checkbox451 shift.py). */
export const CurrentShiftAnswer = ShiftAnswer.nullable();

export const RegisterAnswer = z.object({
  id: z.string(),
  fiscal_number: z.string(),
  active: z.boolean().nullish(),
  title: z.string().nullish(),
  address: z.string().nullish(),
  offline_mode: z.boolean().nullish(),
  stay_offline: z.boolean().nullish(),
  has_shift: z.boolean().nullish(),
  documents_state: z.object({ last_receipt_code: z.number().int().nullish() }).nullish(),
});

export const SignatureAnswer = z.object({ online: z.boolean(), type: z.string().nullish(), shift_open_possibility: z.boolean().nullish() });

export const CashierAnswer = z.object({ id: z.string(), full_name: z.string() });

export const Page = <T extends z.ZodType>(item: T) => z.object({ results: z.array(item) });

/** A refusal's body: `message` for 400/401/403/409/503, `detail` for 422 (a list, or a word). */
export const RefusalBody = z.object({
  message: z.string().optional(),
  detail: z.union([z.string(), z.array(z.object({ msg: z.string() }).loose())]).optional(),
});
