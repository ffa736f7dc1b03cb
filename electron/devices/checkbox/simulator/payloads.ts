import { z } from 'zod';

/**
 * What the service accepts, as strictly as the OpenAPI schema 0.1.79 says (ReceiptSellPayload,
 * ReceiptServicePayload, CreateShiftPayload, CloseShiftPayload): a request the real service would
 * refuse with 422 is refused here too, so a mapping bug shows in training.
 */
const Kopecks = z.number().int();
const Discount = z.object({
  type: z.enum(['DISCOUNT', 'EXTRA_CHARGE']),
  mode: z.enum(['VALUE', 'PERCENT']),
  value: z.number().nonnegative(),
  tax_code: z.number().int().nullable().optional(),
  tax_codes: z.array(z.number().int()).nullable().optional(),
  name: z.string().nullable().optional(),
});

export const SellPayload = z.object({
  id: z.uuid().optional(),
  cashier_name: z.string().optional(),
  departament: z.string().optional(),
  goods: z
    .array(
      z.object({
        good: z.object({
          code: z.string().min(1),
          name: z.string().min(1),
          barcode: z.string().nullable().optional(),
          price: Kopecks.nonnegative(),
          tax: z.array(z.number().int()).optional(),
          uktzed: z.string().nullable().optional(),
          excise_barcodes: z.array(z.string()).nullable().optional(),
        }),
        good_id: z.string().optional(),
        quantity: z.number().int().positive(),
        is_return: z.boolean().default(false),
        discounts: z.array(Discount).optional(),
      }),
    )
    .min(1),
  payments: z.array(
    z.object({
      type: z.enum(['CASH', 'CASHLESS']),
      value: Kopecks.nonnegative(),
      label: z.string().min(1),
      code: z.number().int().optional(),
      rrn: z.string().optional(),
      auth_code: z.string().optional(),
      card_mask: z.string().optional(),
      pawnshop_is_return: z.boolean().optional(),
    }),
  ),
  discounts: z.array(Discount).optional(),
  rounding: z.boolean().optional(),
  related_receipt_id: z.uuid().optional(),
  previous_receipt_id: z.uuid().optional(),
  technical_return: z.boolean().optional(),
  fiscal_code: z.string().optional(),
  fiscal_date: z.string().optional(),
});
export type SellPayload = z.infer<typeof SellPayload>;

export const ServicePayload = z.object({
  id: z.uuid().optional(),
  payment: z.object({ type: z.literal('CASH'), value: Kopecks.refine((v) => v !== 0, 'not zero'), label: z.string().min(1) }),
  fiscal_code: z.string().optional(),
  fiscal_date: z.string().optional(),
});

export const CreateShiftPayload = z.object({ id: z.uuid().optional(), fiscal_code: z.string().optional(), fiscal_date: z.string().optional() });
export const CloseShiftPayload = z.object({ skip_client_name_check: z.boolean().optional(), fiscal_code: z.string().optional(), fiscal_date: z.string().optional() });
export const GoOfflinePayload = z.object({ go_offline_date: z.string().optional(), fiscal_code: z.string().optional() });
export const PinPayload = z.object({ pin_code: z.string().min(1) });
export const LoginPayload = z.object({ login: z.string().min(1), password: z.string().min(1) });

/** FastAPI's 422 body: where and what. */
export function validationDetail(error: z.ZodError): { detail: { loc: (string | number)[]; msg: string; type: string }[] } {
  return { detail: error.issues.map((issue) => ({ loc: ['body', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], msg: issue.message, type: `value_error.${issue.code}` })) };
}
