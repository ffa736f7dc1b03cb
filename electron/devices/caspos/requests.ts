import { z } from 'zod';
import { MoneyBackTypeNumber, QuantityType, type Operation } from './enums';
import { WireMoney, WireQuantity } from './wire-numbers';

/**
 * The request bodies of the Caspos document, operation by operation, strict: a field the
 * document does not name is refused. The training device checks what it receives against these,
 * and tests check every request the driver builds against them.
 */
const Name = z.string().min(1);
const Uuid = z.string().min(1);
// Any integer: the device itself answers 616 for a VAT type it does not know.
const VatTypeNumber = z.number().int();
// Any integer: the device answers 612 for a code type it does not know.
const CodeTypeWire = z.number().int();
const QuantityTypeWire = z.literal(Object.values(QuantityType));
const MoneyBackTypeWire = z.literal(Object.values(MoneyBackTypeNumber));
/** dd.MM.yyyy HH:mm:ss, the device's date format. */
export const DeviceDateTime = z.string().regex(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);

const client = {
  clientName: z.string().optional(),
  clientTotalBonus: WireMoney.optional(),
  clientEarnedBonus: WireMoney.optional(),
  clientBonusCardNumber: z.string().optional(),
};

const payments = {
  cashPayment: WireMoney,
  cardPayment: WireMoney,
  bonusPayment: WireMoney.optional(),
  creditPayment: WireMoney.optional(),
  depositPayment: WireMoney.optional(),
};

/** The sale example spells the bank fields in snake_case, the refund example in camelCase. */
const bank = {
  rrn: z.string().optional(),
  approval_code: z.string().optional(),
  transaction_id: z.string().optional(),
  transaction_number: z.string().optional(),
  approvalCode: z.string().optional(),
  transactionId: z.string().optional(),
  transactionNumber: z.string().optional(),
};

const itemBase = {
  name: Name,
  code: z.string(),
  quantity: WireQuantity,
  salePrice: WireMoney,
  codeType: CodeTypeWire,
  quantityType: QuantityTypeWire,
  vatType: VatTypeNumber,
};

export const SaleItem = z.strictObject({
  ...itemBase,
  purchasePrice: WireMoney.optional(),
  itemUid: z.string().optional(),
  discountAmount: WireMoney.optional(),
  markingCodes: z.array(z.string()).optional(),
  sum: WireMoney.optional(),
});

export const MoneyBackItem = SaleItem.extend({
  markingCode: z.string().optional(),
  parentItemUid: z.string().optional(),
});

export const CreditPayItem = z.strictObject({ ...itemBase, realPrice: WireMoney });

export const PrepaymentItem = z.strictObject({ ...itemBase, markingCodes: z.array(z.string()).optional() });

const documentData = { documentUUID: Uuid, cashierName: Name, currency: z.literal('AZN'), note: z.string().optional() };

const dataSchemas = {
  toLogin: undefined,
  toLogout: undefined,
  getInfo: undefined,
  getShiftStatus: undefined,
  openShift: z.strictObject({ sum: WireMoney }),
  closeShift: z.strictObject({ documentUUID: Uuid, cashierName: Name }),
  deposit: z.strictObject({ documentUUID: Uuid, sum: WireMoney, cashierName: Name, currency: z.literal('AZN') }),
  withDraw: z.strictObject({ documentUUID: Uuid, sum: WireMoney, cashierName: Name, currency: z.literal('AZN') }),
  sale: z.strictObject({
    ...documentData,
    ...payments,
    ...client,
    ...bank,
    items: z.array(SaleItem),
    creditContract: z.string().optional(),
    creditPayer: z.string().optional(),
    prepaymentDocumentId: z.string().optional(),
  }),
  credit: z.strictObject({
    ...documentData,
    ...payments,
    ...client,
    ...bank,
    parentDocumentId: z.string(),
    items: z.array(CreditPayItem),
    paymentNumber: z.union([z.string().regex(/^\d+$/), z.number().int()]),
    residue: WireMoney,
    creditContract: z.string(),
    creditPayer: z.string(),
  }),
  prepayment: z.strictObject({ ...documentData, ...payments, ...client, ...bank, sum: WireMoney, vatType: VatTypeNumber }),
  prepaymentProducts: z.strictObject({
    ...documentData,
    ...payments,
    ...client,
    ...bank,
    sum: WireMoney,
    vatType: VatTypeNumber,
    items: z.array(PrepaymentItem),
  }),
  moneyBack: z.strictObject({
    ...documentData,
    ...payments,
    ...client,
    ...bank,
    parentDocumentId: z.string(),
    items: z.array(MoneyBackItem),
    isManual: z.boolean().optional(),
    moneyBackType: MoneyBackTypeWire,
  }),
  correction: z.strictObject({
    documentUUID: Uuid,
    firstOperationAtUtc: z.iso.datetime(),
    lastOperationAtUtc: z.iso.datetime(),
    currency: z.literal('AZN'),
    cashPayment: WireMoney,
    cardPayment: WireMoney,
    vatType: VatTypeNumber,
    note: z.string().optional(),
  }),
  rollBack: z.strictObject({
    documentUUID: Uuid,
    parentDocumentId: z.string(),
    sum: WireMoney,
    ...payments,
    vatAmounts: z.array(z.strictObject({ vatType: VatTypeNumber, vatSum: WireMoney })),
    note: z.string().optional(),
  }),
  getXReport: z.strictObject({ cashierName: Name }),
  printLastCheque: undefined,
  getPeriodicZReport: z.strictObject({ startDate: DeviceDateTime, endDate: DeviceDateTime }),
  getControlTape: undefined,
  isConnectedPrinter: undefined,
  openCashbox: undefined,
} as const satisfies Record<Operation, z.ZodType | undefined>;

/** Operations whose document puts cashierName (and, for rollBack, currency) beside `data`. */
const topLevel: Partial<Record<Operation, z.ZodRawShape>> = {
  openShift: { cashierName: Name },
  correction: { cashierName: Name },
  rollBack: { cashierName: Name, currency: z.literal('AZN') },
};

function requestSchema<O extends Operation>(operation: O) {
  const data = dataSchemas[operation];
  return z.strictObject({
    operation: z.literal(operation),
    username: z.string(),
    password: z.string(),
    ...(data ? { data } : {}),
    ...topLevel[operation],
  });
}

export const requestSchemas = Object.fromEntries(
  (Object.keys(dataSchemas) as Operation[]).map((operation) => [operation, requestSchema(operation)]),
) as { [O in Operation]: ReturnType<typeof requestSchema<O>> };

export type RequestData<O extends Operation> = (typeof dataSchemas)[O] extends z.ZodType ? z.input<(typeof dataSchemas)[O]> : undefined;
export type SaleData = z.infer<(typeof dataSchemas)['sale']>;
export type MoneyBackData = z.infer<(typeof dataSchemas)['moneyBack']>;
export type CreditData = z.infer<(typeof dataSchemas)['credit']>;
export type PrepaymentData = z.infer<(typeof dataSchemas)['prepayment']>;
export type PrepaymentProductsData = z.infer<(typeof dataSchemas)['prepaymentProducts']>;
export type RollBackData = z.infer<(typeof dataSchemas)['rollBack']>;
export type CorrectionData = z.infer<(typeof dataSchemas)['correction']>;
