import type {
  CardSlip,
  Client,
  CreditPayDocument,
  FiscalDocument,
  MoneyBackDocument,
  PrepaymentDocument,
  ReceiptLine,
  RollBackDocument,
  SaleDocument,
  Tenders,
} from '../../../shared/fiscal/documents';
import { lineTotal } from '../../../shared/fiscal/receipt-math';
import { UnknownParentError, type ParentLookup } from '../parent-lookup';
import { codeTypeOf, moneyBackTypeOf, quantityTypeOf, vatTypeOf, type Operation } from './enums';
import type { CreditData, MoneyBackData, PrepaymentData, RollBackData, SaleData } from './requests';
import { toWireMoney, toWireQuantity } from './wire-numbers';

/**
 * Our documents -> the Caspos document's JSON, field by field as its examples show them. Money
 * and quantities become decimals here and nowhere else. Absent values are left out rather than
 * sent as null or zero, as real clients do.
 */
export interface DocumentRequest {
  operation: Operation;
  /** The document's JSON without credentials: these are the bytes the journal keeps and re-sends. */
  body: string;
}

const currency = 'AZN' as const;

function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function item(line: ReceiptLine) {
  return present({
    name: line.name,
    code: line.code,
    quantity: toWireQuantity(line.quantity),
    salePrice: toWireMoney(line.price),
    purchasePrice: line.purchasePrice === undefined ? undefined : toWireMoney(line.purchasePrice),
    codeType: codeTypeOf[line.codeType],
    quantityType: quantityTypeOf[line.unit],
    vatType: vatTypeOf(line.vatRate),
    itemUid: line.itemUid,
    discountAmount: line.discount > 0 ? toWireMoney(line.discount) : undefined,
    markingCodes: line.markingCodes?.length ? line.markingCodes : undefined,
    // Sent although the document calls it optional, so the device checks our line sum, not its own.
    sum: toWireMoney(lineTotal(line)),
  });
}

/** An advance's goods carry no discounts or line sums in the document's example. */
function prepaymentItem(line: ReceiptLine) {
  return present({
    name: line.name,
    code: line.code,
    quantity: toWireQuantity(line.quantity),
    salePrice: toWireMoney(line.price),
    codeType: codeTypeOf[line.codeType],
    quantityType: quantityTypeOf[line.unit],
    vatType: vatTypeOf(line.vatRate),
    markingCodes: line.markingCodes?.length ? line.markingCodes : undefined,
  });
}

/** The document's example has whole seconds: 2021-08-31T03:39:11Z. */
function deviceUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function payments(tenders: Tenders) {
  return {
    cashPayment: toWireMoney(tenders.cash),
    creditPayment: toWireMoney(tenders.credit),
    depositPayment: toWireMoney(tenders.prepayment),
    cardPayment: toWireMoney(tenders.card),
    bonusPayment: toWireMoney(tenders.bonus),
  };
}

function client(value: Client | undefined) {
  return present({
    clientName: value?.name,
    clientTotalBonus: value?.totalBonus === undefined ? undefined : toWireMoney(value.totalBonus),
    clientEarnedBonus: value?.earnedBonus === undefined ? undefined : toWireMoney(value.earnedBonus),
    clientBonusCardNumber: value?.bonusCardNumber,
  });
}

/** The sale table spells the bank fields in snake_case. */
function bankSnake(slip: CardSlip | undefined) {
  return present({
    rrn: slip?.rrn,
    approval_code: slip?.approvalCode,
    transaction_id: slip?.transactionId,
    transaction_number: slip?.transactionNumber,
  });
}

/** The refund example spells them in camelCase. */
function bankCamel(slip: CardSlip | undefined) {
  return present({
    rrn: slip?.rrn,
    approvalCode: slip?.approvalCode,
    transactionId: slip?.transactionId,
    transactionNumber: slip?.transactionNumber,
  });
}

/**
 * Caspos names a parent by its own document id: the journal's UUID of the parent becomes the id
 * the device gave it. A document journaled before issue 14 named that id itself (the journal
 * refuses that name on a new document, so only old-shape journals of tests are built with it).
 */
function deviceParentId(parents: ParentLookup, parent: { parentUuid?: string | undefined; parentDocumentId?: string | undefined }): string {
  if (parent.parentUuid !== undefined) return parents(parent.parentUuid).result.documentId;
  if (parent.parentDocumentId !== undefined) return parent.parentDocumentId;
  throw new UnknownParentError('(none named)');
}

/** The advance a sale spends, if it spends one. */
function advanceId(parents: ParentLookup, doc: SaleDocument): string | undefined {
  if (doc.prepaymentUuid === undefined && doc.prepaymentDocumentId === undefined) return undefined;
  return deviceParentId(parents, { parentUuid: doc.prepaymentUuid, parentDocumentId: doc.prepaymentDocumentId });
}

function saleData(doc: SaleDocument, uuid: string, parents: ParentLookup): SaleData {
  return present({
    documentUUID: uuid,
    ...payments(doc.tenders),
    items: doc.lines.map(item),
    ...client(doc.client),
    cashierName: doc.cashierName,
    note: doc.note,
    ...bankSnake(doc.cardSlip),
    creditContract: doc.credit?.contract,
    creditPayer: doc.credit?.payer,
    prepaymentDocumentId: advanceId(parents, doc),
    currency,
  });
}

function moneyBackData(doc: MoneyBackDocument, uuid: string, parents: ParentLookup): MoneyBackData {
  return present({
    // A manual refund's receipt is not in the journal: the cashier typed the device's id of it.
    parentDocumentId: doc.manual && doc.manualParentDocumentId !== undefined ? doc.manualParentDocumentId : deviceParentId(parents, doc),
    documentUUID: uuid,
    ...payments(doc.tenders),
    items: doc.lines.map((line) => present({ ...item(line), parentItemUid: line.parentItemUid })),
    isManual: doc.manual ? true : undefined,
    moneyBackType: moneyBackTypeOf[doc.moneyBackType],
    ...client(doc.client),
    cashierName: doc.cashierName,
    currency,
    ...bankCamel(doc.cardSlip),
    note: doc.note,
  });
}

function creditData(doc: CreditPayDocument, uuid: string, parents: ParentLookup): CreditData {
  return present({
    documentUUID: uuid,
    parentDocumentId: deviceParentId(parents, doc),
    cashPayment: toWireMoney(doc.tenders.cash),
    cardPayment: toWireMoney(doc.tenders.card),
    bonusPayment: doc.tenders.bonus > 0 ? toWireMoney(doc.tenders.bonus) : undefined,
    items: doc.lines.map((line) => ({
      name: line.name,
      code: line.code,
      quantity: toWireQuantity(line.quantity),
      salePrice: toWireMoney(line.payment),
      realPrice: toWireMoney(line.price),
      codeType: codeTypeOf[line.codeType],
      quantityType: quantityTypeOf[line.unit],
      vatType: vatTypeOf(line.vatRate),
    })),
    // The example sends the payment's ordinal as a string.
    paymentNumber: String(doc.paymentNumber),
    residue: toWireMoney(doc.residue),
    creditContract: doc.credit.contract,
    creditPayer: doc.credit.payer,
    ...client(doc.client),
    cashierName: doc.cashierName,
    note: doc.note,
    ...bankSnake(doc.cardSlip),
    currency,
  });
}

function prepaymentData(doc: PrepaymentDocument, uuid: string): PrepaymentData {
  return present({
    documentUUID: uuid,
    sum: toWireMoney(doc.sum),
    vatType: vatTypeOf(doc.vatRate),
    cashPayment: toWireMoney(doc.tenders.cash),
    cardPayment: toWireMoney(doc.tenders.card),
    bonusPayment: toWireMoney(doc.tenders.bonus),
    ...client(doc.client),
    cashierName: doc.cashierName,
    currency,
    note: doc.note,
    ...bankSnake(doc.cardSlip),
  });
}

function rollBackData(doc: RollBackDocument, uuid: string, parents: ParentLookup): RollBackData {
  return present({
    documentUUID: uuid,
    parentDocumentId: deviceParentId(parents, doc),
    sum: toWireMoney(doc.vatAmounts.reduce((total, v) => total + v.sum, 0)),
    ...payments(doc.tenders),
    vatAmounts: doc.vatAmounts.map((v) => ({ vatType: vatTypeOf(v.vatRate), vatSum: toWireMoney(v.sum) })),
    note: doc.note,
  });
}

function request(operation: Operation, fields: object): DocumentRequest {
  return { operation, body: JSON.stringify({ operation, ...fields }) };
}

export function buildDocumentRequest(doc: FiscalDocument, uuid: string, parents: ParentLookup): DocumentRequest {
  switch (doc.kind) {
    case 'sale':
      return request('sale', { data: saleData(doc, uuid, parents) });
    case 'moneyBack':
      return request('moneyBack', { data: moneyBackData(doc, uuid, parents) });
    case 'creditPay':
      return request('credit', { data: creditData(doc, uuid, parents) });
    case 'prepayment':
      return doc.lines?.length
        ? request('prepaymentProducts', {
            data: { ...prepaymentData(doc, uuid), items: doc.lines.map(prepaymentItem) },
          })
        : request('prepayment', { data: prepaymentData(doc, uuid) });
    case 'deposit':
      return request('deposit', { data: { documentUUID: uuid, sum: toWireMoney(doc.sum), cashierName: doc.cashierName, currency } });
    case 'withdraw':
      return request('withDraw', { data: { documentUUID: uuid, sum: toWireMoney(doc.sum), cashierName: doc.cashierName, currency } });
    case 'correction':
      return request('correction', {
        data: present({
          documentUUID: uuid,
          firstOperationAtUtc: deviceUtc(doc.firstOperationAt),
          lastOperationAtUtc: deviceUtc(doc.lastOperationAt),
          currency,
          cashPayment: toWireMoney(doc.cash),
          cardPayment: toWireMoney(doc.card),
          vatType: vatTypeOf(doc.vatRate),
          note: doc.note,
        }),
        cashierName: doc.cashierName,
      });
    case 'rollBack':
      return request('rollBack', { data: rollBackData(doc, uuid, parents), cashierName: doc.cashierName, currency });
    case 'closeShift':
      return request('closeShift', { data: { documentUUID: uuid, cashierName: doc.cashierName } });
  }
}
