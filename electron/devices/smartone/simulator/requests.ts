import { z } from 'zod';

/**
 * The request bodies the training device accepts, as the documents describe them. A body that
 * does not parse is refused with code 3 (required parameters missing or invalid).
 */
const Money = z.number().int().nonnegative().safe();
const ExtId = z.union([z.string().min(1), z.number().int().safe()]);

export const ItemTax = z.looseObject({ taxName: z.string().optional(), fullName: z.string().optional(), taxPrc: z.number().int(), calcType: z.number().int().optional() });

export const Item = z.looseObject({
  itemId: z.string().min(1),
  itemName: z.string().min(1),
  itemQty: z.number().int().positive(),
  itemAmount: Money,
  discount: Money.default(0),
  itemTaxes: z.array(ItemTax).min(1),
  itemMarginPrice: Money.optional(),
  itemMarginSum: z.number().int().optional(),
});
export type Item = z.infer<typeof Item>;

export const Payments = z.looseObject({
  cashAmount: Money.default(0),
  cashlessAmount: Money.default(0),
  bonusesAmount: Money.default(0),
  creditAmount: Money.default(0),
  prepaymentAmount: Money.default(0),
  prepaymentCashlessAmount: Money.default(0),
});
export type Payments = z.infer<typeof Payments>;

const DocTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'yyyy-MM-dd HH:mm:ss');

export const SaleRequest = z.looseObject({
  documentExtID: ExtId.optional(),
  docTime: z.string().optional(),
  employeeName: z.string().optional(),
  items: z.array(Item).min(1),
  amount: Money,
  currency: z.string().optional(),
  payments: Payments.default(Payments.parse({})),
  creditContract: z.string().optional(),
  clientName: z.string().optional(),
  prepayDocID: z.unknown().optional(),
});
export type SaleRequest = z.infer<typeof SaleRequest>;

export const RefundRequest = SaleRequest.extend({ parentDocID: z.string().min(1), parentDocNum: z.string().optional() });
export type RefundRequest = z.infer<typeof RefundRequest>;

export const RollbackRequest = z.looseObject({ documentExtID: ExtId.optional(), documentID: z.union([z.string().min(1), z.number().int()]), employeeName: z.string().optional() });

export const CreditPayRequest = z.looseObject({
  documentExtID: ExtId.optional(),
  documentID: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
  amount: Money.positive(),
  payments: Payments.default(Payments.parse({})),
  creditContract: z.string().min(1),
  items: z.array(Item).optional(),
});
export type CreditPayRequest = z.infer<typeof CreditPayRequest>;

export const CashRequest = z.looseObject({ documentExtID: ExtId.optional(), amount: Money.positive(), employeeName: z.string().optional() });

export const CloseShiftRequest = z.looseObject({ employeeName: z.string().optional(), openOrdersOperation: z.string().optional() });

export const StatusRequest = z.looseObject({ documentExtID: ExtId.optional(), documentID: z.union([z.string(), z.number()]).optional() }).refine((r) => r.documentExtID !== undefined || r.documentID !== undefined, 'documentExtID or documentID');

export const CopyRequest = z.looseObject({ documentID: z.union([z.string().min(1), z.number().int()]) });

const ReportDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd');
/** INTEK's newer body; the device answers a bad date with 14, checked apart from the fields' presence. */
export const DatesReportRequest = z.looseObject({ dateFrom: z.string(), dateFor: z.string() });
export { ReportDate };

export const XReportRequest = z.looseObject({ shiftID: z.number().int().optional() });

export { DocTime };
