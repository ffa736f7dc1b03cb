import { z } from 'zod';

/** Signed: a shift's net figures go below zero when refunds exceed sales. */
const Amount = z.number().int().safe();
const Count = z.number().int().nonnegative();

export const VatAmount = z.object({ percent: z.number().nullable(), gross: Amount });

/** One kind of document in a shift: how many, how much, and how it was paid. */
export const OperationTotals = z.object({
  count: Count,
  total: Amount,
  cash: Amount,
  cashless: Amount,
  bonus: Amount,
  credit: Amount,
  prepayment: Amount,
  vat: z.array(VatAmount),
});
export type OperationTotals = z.infer<typeof OperationTotals>;

export const CashTotals = z.object({ count: Count, total: Amount });

/** An X or Z report as the device computed it, in minor units. */
export const ShiftReport = z.object({
  currency: z.string(),
  reportNumber: z.string().optional(),
  documentId: z.string().optional(),
  shiftOpenedAt: z.string().optional(),
  createdAt: z.string().optional(),
  firstDocumentNumber: z.number().int().optional(),
  lastDocumentNumber: z.number().int().optional(),
  documentsToSend: z.number().int().optional(),
  sale: OperationTotals,
  moneyBack: OperationTotals,
  rollback: OperationTotals,
  correction: OperationTotals,
  creditPay: OperationTotals,
  prepayment: OperationTotals,
  deposit: CashTotals,
  withdraw: CashTotals,
  period: z.object({ total: Amount, vatable: Amount, vatZero: Amount, vatFree: Amount }),
  vatTotal: Amount,
});
export type ShiftReport = z.infer<typeof ShiftReport>;
