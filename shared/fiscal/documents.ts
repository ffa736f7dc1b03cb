import { Currency } from '../money';
import { maxCashRounding } from './cash-rounding';
import { z } from 'zod';
import { safeText } from '../text/safe-text';
import { CodeType, QuantityUnit, VatRate } from './catalogue-types';
import {
  maxBonusCardLength,
  maxCashReasonLength,
  maxContractLength,
  maxDocumentIdLength,
  maxItemCodeLength,
  maxItemNameLength,
  maxLines,
  maxMarkingCodeLength,
  maxMarkingCodes,
  maxMoney,
  maxNoteLength,
  maxPayerLength,
  maxPaymentNumber,
  maxPersonNameLength,
  maxRrnLength,
  maxSlipFieldLength,
} from './limits';
import { CashCount } from './cash-count';
import { lineGross, linesTotal } from './receipt-math';
import { DocumentMoney, LineQuantity, UnitPrice } from './units';

const PersonText = safeText(maxPersonNameLength);
const Note = safeText(maxNoteLength, { min: 0, multiline: true }).optional();
const SlipField = safeText(maxSlipFieldLength).optional();
const Code = safeText(maxItemCodeLength, { min: 0 });
const LineId = safeText(maxItemCodeLength).optional();
const DocumentId = safeText(maxDocumentIdLength);
/** A document of this device's journal, named by the UUID the journal gave it. */
const JournalUuid = z.uuid();
/** Scanned from a DataMatrix: printable ASCII, and the GS separator of GS1 codes as the scanner sends it. */
// eslint-disable-next-line no-control-regex -- GS is the one control character a marking code carries
const MarkingCode = z.string().min(1).max(maxMarkingCodeLength).regex(/^[\u001D\u0020-\u007E]+$/);

export const MarkingKind = z.enum(['si', 'ukz']);
export type MarkingKind = z.infer<typeof MarkingKind>;

const lineFields = {
  name: safeText(maxItemNameLength),
  code: Code,
  codeType: CodeType,
  quantity: LineQuantity,
  unit: QuantityUnit,
  price: UnitPrice,
  discount: DocumentMoney.default(0),
  vatRate: VatRate,
  /** The line also bears excise (Ukraine): an extra tax code beside its group, where the device takes one. */
  excise: z.boolean().optional(),
  purchasePrice: UnitPrice.optional(),
  markingCodes: z.array(MarkingCode).max(maxMarkingCodes).optional(),
  /**
   * Belarus: each marking code with its kind, `si` (identification means) or `ukz` (unified
   * control mark), as SmartX takes them; a returned marked item carries the same codes.
   */
  markings: z.array(z.object({ kind: MarkingKind, code: MarkingCode })).max(maxMarkingCodes).optional(),
  /** Our id of the line, so a refund can point at the line it returns. */
  itemUid: LineId,
  parentItemUid: LineId,
};

/** A line's own figures: the discount within the line, the line's total within the limit. */
function checkLineTotal(line: { price: number; quantity: number; discount: number }, ctx: z.RefinementCtx): void {
  const gross = lineGross(line.price, line.quantity);
  if (line.discount > gross) ctx.addIssue({ code: 'custom', path: ['discount'], message: 'discount above the line\'s price × quantity' });
  if (gross - line.discount > maxMoney) ctx.addIssue({ code: 'custom', path: ['quantity'], message: `line total above ${maxMoney}` });
}

/** One line of a receipt as the cashier built it; sums are derived, never stored twice. */
export const ReceiptLine = z.object(lineFields).superRefine(checkLineTotal);
export type ReceiptLine = z.infer<typeof ReceiptLine>;

/**
 * A line of a credit payment: one payment (quantity one) towards a line of the credit sale, whose
 * `price` is that line's whole total on the sale and `payment` the part paid now (flows/credit.ts).
 */
const CreditPayLine = z.object({ ...lineFields, price: DocumentMoney, payment: DocumentMoney }).superRefine(checkLineTotal);

/** A document's total within the limit; the issue names the list whose sum is too big. */
function totalWithinLimit(total: number, ctx: z.RefinementCtx): void {
  if (total > maxMoney) ctx.addIssue({ code: 'custom', message: `document total above ${maxMoney}` });
}

const Lines = z
  .array(ReceiptLine)
  .max(maxLines)
  .superRefine((lines, ctx) => totalWithinLimit(linesTotal(lines), ctx));

/** How a document is paid. `prepayment` spends an earlier advance (Caspos depositPayment). */
export const Tenders = z.object({
  cash: DocumentMoney.default(0),
  card: DocumentMoney.default(0),
  bonus: DocumentMoney.default(0),
  credit: DocumentMoney.default(0),
  prepayment: DocumentMoney.default(0),
});
export type Tenders = z.infer<typeof Tenders>;
export type Tender = keyof Tenders;

/** What the card terminal printed; the device records it with the card part of a payment. */
export const CardSlip = z.object({
  rrn: safeText(maxRrnLength),
  approvalCode: SlipField,
  transactionId: SlipField,
  transactionNumber: SlipField,
});
export type CardSlip = z.infer<typeof CardSlip>;

export const Client = z.object({
  name: safeText(maxPayerLength, { min: 0 }).optional(),
  bonusCardNumber: safeText(maxBonusCardLength, { min: 0 }).optional(),
  totalBonus: DocumentMoney.optional(),
  earnedBonus: DocumentMoney.optional(),
});
export type Client = z.infer<typeof Client>;

export const CreditTerms = z.object({ contract: safeText(maxContractLength), payer: safeText(maxPayerLength) });
export type CreditTerms = z.infer<typeof CreditTerms>;

/**
 * The rounding of the cash part of the payment (cash-rounding.ts), where the device's rule has
 * one: rounded minus exact, in minor units. `tenders.cash` is what was handed over.
 */
const CashRoundingField = z.number().int().min(-maxCashRounding).max(maxCashRounding).optional();

function roundedOnlyWithCash(doc: { cashRounding?: number | undefined; tenders: Tenders }, ctx: z.RefinementCtx): void {
  if (doc.cashRounding && doc.tenders.cash === 0) ctx.addIssue({ code: 'custom', path: ['cashRounding'], message: 'only a cash payment is rounded' });
}

/**
 * The currency of the document's money. The journal writes it from the device's capabilities
 * when it stores the document; one that names another currency than the device's is refused.
 * Documents journaled before it existed were all Caspos's, in manat (documentCurrency).
 */
const currencyField = { currency: Currency.optional() };

const common = {
  ...currencyField,
  cashierName: PersonText,
  note: Note,
  client: Client.optional(),
  cardSlip: CardSlip.optional(),
};

export const SaleDocument = z.object({
  kind: z.literal('sale'),
  ...common,
  lines: Lines,
  tenders: Tenders,
  /** Set for a sale on credit (tenders.credit > 0). */
  credit: CreditTerms.optional(),
  cashRounding: CashRoundingField,
  /** Set when an earlier advance pays part of this sale (tenders.prepayment > 0): the advance's journal UUID. */
  prepaymentUuid: JournalUuid.optional(),
  /**
   * @deprecated Sales journaled before parents were named by UUID name the advance by the
   * device's document id. Read, never written: the journal refuses it on a new document.
   */
  prepaymentDocumentId: DocumentId.optional(),
}).superRefine((doc, ctx) => {
  if (doc.prepaymentUuid !== undefined && doc.prepaymentDocumentId !== undefined) ctx.addIssue({ code: 'custom', path: ['prepaymentUuid'], message: 'the advance is named twice' });
  roundedOnlyWithCash(doc, ctx);
});

export const MoneyBackType = z.enum(['sale', 'prepayment', 'creditPay']);
export type MoneyBackType = z.infer<typeof MoneyBackType>;

/**
 * How a document names its parent. Journaled after issue 14: by the parent's journal UUID, which
 * each driver's mapping turns into its device's id. Journaled before: by the device's document id
 * (`parentDocumentId`, read and never written).
 */
const parentFields = {
  parentUuid: JournalUuid.optional(),
  /** @deprecated The device's id of the parent, in documents journaled before parents were named by UUID. */
  parentDocumentId: DocumentId.optional(),
};

/** Exactly one name of the parent. */
function oneParent(doc: { parentUuid?: string; parentDocumentId?: string }, ctx: z.RefinementCtx): void {
  if ((doc.parentUuid === undefined) === (doc.parentDocumentId === undefined)) ctx.addIssue({ code: 'custom', path: ['parentUuid'], message: 'name the parent once, by its journal UUID' });
}

export const MoneyBackDocument = z.object({
  kind: z.literal('moneyBack'),
  ...common,
  ...parentFields,
  /** A manual refund's parent, which is not in this journal: the receipt's id as the device printed it. */
  manualParentDocumentId: DocumentId.optional(),
  moneyBackType: MoneyBackType,
  /** A refund of a receipt the device cannot check (another device, lost memory). */
  manual: z.boolean().default(false),
  lines: Lines,
  tenders: Tenders,
  cashRounding: CashRoundingField,
}).superRefine((doc, ctx) => {
  roundedOnlyWithCash(doc, ctx);
  // A manual refund names the device's receipt (before issue 14 in parentDocumentId); any other its journal parent.
  if (doc.manual && doc.parentUuid !== undefined) ctx.addIssue({ code: 'custom', path: ['parentUuid'], message: 'a manual refund has no parent in the journal' });
  if (doc.manual && (doc.manualParentDocumentId === undefined) === (doc.parentDocumentId === undefined)) ctx.addIssue({ code: 'custom', path: ['manualParentDocumentId'], message: 'a manual refund names the device\'s receipt once' });
  if (!doc.manual && doc.manualParentDocumentId !== undefined) ctx.addIssue({ code: 'custom', path: ['manualParentDocumentId'], message: 'only a manual refund names the device\'s receipt' });
  if (!doc.manual) oneParent(doc, ctx);
});

export const CreditPayDocument = z.object({
  kind: z.literal('creditPay'),
  ...common,
  ...parentFields,
  /** The goods of the credit sale, each with its own price and the part paid now. */
  lines: z
    .array(CreditPayLine)
    .max(maxLines)
    .superRefine((lines, ctx) => totalWithinLimit(lines.reduce((sum, line) => sum + lineGross(line.payment, line.quantity), 0), ctx)),
  tenders: Tenders,
  paymentNumber: z.number().int().positive().max(maxPaymentNumber),
  residue: DocumentMoney,
  credit: CreditTerms,
}).superRefine(oneParent);

export const PrepaymentDocument = z.object({
  kind: z.literal('prepayment'),
  ...common,
  sum: DocumentMoney,
  vatRate: VatRate,
  tenders: Tenders,
  /** With lines it is Caspos's prepaymentProducts: an advance for named goods. */
  lines: Lines.optional(),
});

export const CashMovementDocument = z.object({
  kind: z.enum(['deposit', 'withdraw']),
  ...currencyField,
  cashierName: PersonText,
  sum: DocumentMoney,
  /**
   * Why the money moved, in the cashier's words: kept in the journal for the manager, never sent
   * to the device. A new withdrawal needs one (cashMovementNeedsReason); documents journaled
   * before it existed have none.
   */
  reason: safeText(maxCashReasonLength).optional(),
});

/** A withdrawal the counter makes names why the money left the drawer (checked where documents come in). */
export function cashMovementNeedsReason(document: FiscalDocument): boolean {
  return document.kind === 'withdraw' && !document.reason;
}

export const CorrectionDocument = z.object({
  kind: z.literal('correction'),
  ...currencyField,
  cashierName: PersonText,
  note: Note,
  firstOperationAt: z.iso.datetime(),
  lastOperationAt: z.iso.datetime(),
  cash: DocumentMoney,
  card: DocumentMoney,
  vatRate: VatRate,
}).superRefine((doc, ctx) => {
  if (doc.cash + doc.card > maxMoney) ctx.addIssue({ code: 'custom', path: ['card'], message: `correction total above ${maxMoney}` });
});

export const RollBackDocument = z.object({
  kind: z.literal('rollBack'),
  ...currencyField,
  cashierName: PersonText,
  note: Note,
  ...parentFields,
  tenders: Tenders,
  /** Gross amount per VAT regime of the document being cancelled. */
  vatAmounts: z
    .array(z.object({ vatRate: VatRate, sum: DocumentMoney }))
    .min(1)
    // One entry per VAT regime at most.
    .max(VatRate.options.length)
    .superRefine((amounts, ctx) => totalWithinLimit(amounts.reduce((sum, v) => sum + v.sum, 0), ctx)),
}).superRefine(oneParent);

export const CloseShiftDocument = z.object({
  kind: z.literal('closeShift'),
  ...currencyField,
  cashierName: PersonText,
  /** The drawer counted blind before the Z report, beside what the journal expected there; never sent to the device. */
  cashCount: CashCount.optional(),
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

/** The currency of a journaled document: its own, or manat for one from before documents named it. */
export function documentCurrency(document: FiscalDocument): Currency {
  return document.currency ?? 'AZN';
}
