import { z } from 'zod';
import { CodeType, QuantityUnit, VatRate } from './catalogue-types';
import { Money, Quantity } from './units';

const Text = z.string().trim().min(1).max(255);
const OptionalText = z.string().trim().max(255).optional();

/** One line of a receipt as the cashier built it; sums are derived, never stored twice. */
export const ReceiptLine = z.object({
  name: Text,
  code: z.string().trim().max(64),
  codeType: CodeType,
  quantity: Quantity,
  unit: QuantityUnit,
  price: Money,
  discount: Money.default(0),
  vatRate: VatRate,
  purchasePrice: Money.optional(),
  markingCodes: z.array(z.string().min(1)).optional(),
  /** Our id of the line, so a refund can point at the line it returns. */
  itemUid: z.string().max(64).optional(),
  parentItemUid: z.string().max(64).optional(),
});
export type ReceiptLine = z.infer<typeof ReceiptLine>;

/** How a document is paid. `prepayment` spends an earlier advance (Caspos depositPayment). */
export const Tenders = z.object({
  cash: Money.default(0),
  card: Money.default(0),
  bonus: Money.default(0),
  credit: Money.default(0),
  prepayment: Money.default(0),
});
export type Tenders = z.infer<typeof Tenders>;
export type Tender = keyof Tenders;

/** What the card terminal printed; the device records it with the card part of a payment. */
export const CardSlip = z.object({
  rrn: z.string().trim().min(1).max(32),
  approvalCode: OptionalText,
  transactionId: OptionalText,
  transactionNumber: OptionalText,
});
export type CardSlip = z.infer<typeof CardSlip>;

export const Client = z.object({
  name: OptionalText,
  bonusCardNumber: OptionalText,
  totalBonus: Money.optional(),
  earnedBonus: Money.optional(),
});
export type Client = z.infer<typeof Client>;

export const CreditTerms = z.object({ contract: Text, payer: Text });
export type CreditTerms = z.infer<typeof CreditTerms>;

const common = {
  cashierName: Text,
  note: OptionalText,
  client: Client.optional(),
  cardSlip: CardSlip.optional(),
};

export const SaleDocument = z.object({
  kind: z.literal('sale'),
  ...common,
  lines: z.array(ReceiptLine),
  tenders: Tenders,
  /** Set for a sale on credit (tenders.credit > 0). */
  credit: CreditTerms.optional(),
  /** Set when an earlier advance pays part of this sale (tenders.prepayment > 0). */
  prepaymentDocumentId: z.string().min(1).optional(),
});

export const MoneyBackType = z.enum(['sale', 'prepayment', 'creditPay']);
export type MoneyBackType = z.infer<typeof MoneyBackType>;

export const MoneyBackDocument = z.object({
  kind: z.literal('moneyBack'),
  ...common,
  parentDocumentId: z.string().min(1),
  moneyBackType: MoneyBackType,
  /** A refund of a receipt the device cannot check (another device, lost memory). */
  manual: z.boolean().default(false),
  lines: z.array(ReceiptLine),
  tenders: Tenders,
});

export const CreditPayDocument = z.object({
  kind: z.literal('creditPay'),
  ...common,
  parentDocumentId: z.string().min(1),
  /** The goods of the credit sale, each with its own price and the part paid now. */
  lines: z.array(ReceiptLine.extend({ payment: Money })),
  tenders: Tenders,
  paymentNumber: z.number().int().positive(),
  residue: Money,
  credit: CreditTerms,
});

export const PrepaymentDocument = z.object({
  kind: z.literal('prepayment'),
  ...common,
  sum: Money,
  vatRate: VatRate,
  tenders: Tenders,
  /** With lines it is Caspos's prepaymentProducts: an advance for named goods. */
  lines: z.array(ReceiptLine).optional(),
});

export const CashMovementDocument = z.object({
  kind: z.enum(['deposit', 'withdraw']),
  cashierName: Text,
  sum: Money,
});

export const CorrectionDocument = z.object({
  kind: z.literal('correction'),
  cashierName: Text,
  note: OptionalText,
  firstOperationAt: z.iso.datetime(),
  lastOperationAt: z.iso.datetime(),
  cash: Money,
  card: Money,
  vatRate: VatRate,
});

export const RollBackDocument = z.object({
  kind: z.literal('rollBack'),
  cashierName: Text,
  note: OptionalText,
  parentDocumentId: z.string().min(1),
  tenders: Tenders,
  /** Gross amount per VAT regime of the document being cancelled. */
  vatAmounts: z.array(z.object({ vatRate: VatRate, sum: Money })).min(1),
});

export const CloseShiftDocument = z.object({
  kind: z.literal('closeShift'),
  cashierName: Text,
});

/** Every fiscal document: each gets a UUID, goes through the journal, and is never sent twice. */
export const FiscalDocument = z.discriminatedUnion('kind', [
  SaleDocument,
  MoneyBackDocument,
  CreditPayDocument,
  PrepaymentDocument,
  CashMovementDocument,
  CorrectionDocument,
  RollBackDocument,
  CloseShiftDocument,
]);
export type FiscalDocument = z.infer<typeof FiscalDocument>;
export type SaleDocument = z.infer<typeof SaleDocument>;
export type MoneyBackDocument = z.infer<typeof MoneyBackDocument>;
export type CreditPayDocument = z.infer<typeof CreditPayDocument>;
export type PrepaymentDocument = z.infer<typeof PrepaymentDocument>;
export type CashMovementDocument = z.infer<typeof CashMovementDocument>;
export type CorrectionDocument = z.infer<typeof CorrectionDocument>;
export type RollBackDocument = z.infer<typeof RollBackDocument>;
export type CloseShiftDocument = z.infer<typeof CloseShiftDocument>;
