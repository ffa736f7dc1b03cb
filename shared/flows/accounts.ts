import { z } from 'zod';
import { VatRate } from '../fiscal/catalogue-types';
import { MoneyBackType, ReceiptLine, SaleDocument } from '../fiscal/documents';
import { Money } from '../fiscal/units';

/** Which journaled document, and what the device called it. */
const DocumentRef = z.object({
  uuid: z.string(),
  documentId: z.string(),
  documentNumber: z.number().int(),
  shortDocumentId: z.string().optional(),
  createdAt: z.string(),
});

/** A sale on credit with what is owed on it, for the credit payment. */
export const CreditAccount = DocumentRef.extend({
  sale: SaleDocument,
  contract: z.string(),
  payer: z.string(),
  credit: Money,
  paid: Money,
  returned: Money,
  residue: Money,
  payments: z.number().int().nonnegative(),
  cancelled: z.boolean(),
});
export type CreditAccount = z.infer<typeof CreditAccount>;

/** An advance (prepayment) with what is left of it, for the sale that spends it. */
export const AdvanceAccount = DocumentRef.extend({
  clientName: z.string().optional(),
  vatRate: VatRate,
  sum: Money,
  spent: Money,
  returned: Money,
  balance: Money,
  /** The goods it was taken for (prepaymentProducts). */
  lines: z.array(ReceiptLine).optional(),
});
export type AdvanceAccount = z.infer<typeof AdvanceAccount>;

/** What a refund gives back to the credit, the advance and the bonus account before it pays out money. */
export const ReturnFirst = z.object({ credit: Money, prepayment: Money, bonus: Money });
export type ReturnFirst = z.infer<typeof ReturnFirst>;

export const Refundable = z.object({
  moneyBackType: MoneyBackType,
  /** Each line with the thousandths still refundable. */
  lines: z.array(z.object({ line: ReceiptLine, remaining: z.number().int().nonnegative() })),
  /** Money a refund may still pay back at most. */
  cap: Money,
  returnFirst: ReturnFirst,
  /** Part of it was paid by card, so money may go back to the card. */
  card: z.boolean(),
});
export type Refundable = z.infer<typeof Refundable>;
