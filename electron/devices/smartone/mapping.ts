import type { CardSlip, CreditPayDocument, FiscalDocument, MoneyBackDocument, ReceiptLine, RollBackDocument, SaleDocument, Tenders } from '../../../shared/fiscal/documents';
import { lineGross, linesTotal } from '../../../shared/fiscal/receipt-math';
import { UnmappableError, type StoredRequest } from '../driver';
import { UnknownParentError, type ParentLookup } from '../parent-lookup';
import { formatDeviceTime } from './device-time';
import { documentExtId, type ExtIdFormat } from './document-ext-id';
import type { DocumentRoute } from './routes';
import { itemTaxOf } from './tax-groups';

/**
 * Our documents -> SmartOne request JSON (spec §2, §4). Money stays in integer qəpik and
 * quantities in thousandths, as the device takes them. The JSON is what the journal keeps; the
 * Base64 and the signature are added at send time (signature.ts).
 */
export interface MappingOptions {
  extIdFormat: ExtIdFormat;
  now: () => Date;
}

export interface SmartOneRequest extends StoredRequest {
  operation: DocumentRoute;
}

const currency = 'AZN';

function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * `itemAmount` is the gross line total (price × quantity) and `discount` the line's discount, so
 * the document's amount is Σ(itemAmount − discount) (ambiguity B4, as the spec chooses).
 */
function item(line: ReceiptLine, itemId: string, markingCode = line.markingCodes?.[0]) {
  const itemAmount = lineGross(line.price, line.quantity);
  if (line.excise) throw new UnmappableError('excise');
  const tax = itemTaxOf(line.vatRate);
  // Trade markup: the device taxes the margin, so it needs the purchase price (spec §4).
  const margin = line.vatRate === 'tradeVat18' && line.purchasePrice !== undefined;
  return present({
    itemId,
    itemName: line.name,
    itemQty: line.quantity,
    itemAmount,
    discount: line.discount,
    itemTaxes: [tax],
    itemBarcode: line.codeType === 'ean8' || line.codeType === 'ean13' ? line.code : undefined,
    itemQRCode: markingCode,
    itemMarginPrice: margin ? line.purchasePrice : undefined,
    itemMarginSum: margin ? itemAmount - line.discount - lineGross(line.purchasePrice!, line.quantity) : undefined,
  });
}

/**
 * An item carries one marking code (itemQRCode): a line of n marked pieces goes out as n items of
 * one piece, each with its code, the line's discount spread over them to the qəpik.
 */
function items(line: ReceiptLine, itemId: string) {
  const codes = line.markingCodes ?? [];
  if (codes.length <= 1) return [item(line, itemId)];
  if (line.quantity !== codes.length * 1000) throw new RangeError(`SmartOne: ${codes.length} marking codes on a line of ${line.quantity / 1000} pieces`);
  const share = Math.floor(line.discount / codes.length);
  return codes.map((code, index) => item({ ...line, quantity: 1000, discount: share + (index === 0 ? line.discount - share * codes.length : 0) }, itemId, code));
}

/** What the customer handed over, split as the device names it; change comes back from cash. */
function payments(tenders: Tenders, slip: CardSlip | undefined) {
  return present({
    cashAmount: tenders.cash,
    cashlessAmount: tenders.card,
    bonusesAmount: tenders.bonus,
    creditAmount: tenders.credit,
    rrn: slip?.rrn,
  });
}

function parentOf(parents: ParentLookup, doc: { parentUuid?: string; parentDocumentId?: string }) {
  if (doc.parentUuid === undefined) throw new UnknownParentError(doc.parentDocumentId ?? '(none named)');
  return parents(doc.parentUuid).result;
}

function receipt(doc: SaleDocument | MoneyBackDocument, extId: string | number, now: Date, itemIdOf: (line: ReceiptLine) => string) {
  return present({
    documentExtID: extId,
    docTime: formatDeviceTime(now),
    employeeName: doc.cashierName,
    items: doc.lines.flatMap((line) => items(line, itemIdOf(line))),
    amount: linesTotal(doc.lines),
    currency,
    payments: payments(doc.tenders, doc.cardSlip),
  });
}

function sale(doc: SaleDocument, extId: string | number, now: Date) {
  if (doc.prepaymentUuid !== undefined || doc.prepaymentDocumentId !== undefined) throw new RangeError('SmartOne: spending an advance is not supported (the /prepay body is undocumented)');
  return present({
    ...receipt(doc, extId, now, (line) => line.itemUid ?? line.code),
    creditContract: doc.credit?.contract,
    clientName: doc.credit?.payer,
  });
}

/** The refund names its sale by the fiscal id the device gave it (INTEK), and its number. */
function refund(doc: MoneyBackDocument, extId: string | number, now: Date, parents: ParentLookup) {
  if (doc.manual || doc.moneyBackType !== 'sale') throw new RangeError('SmartOne: only refunds of a sale in this journal are supported');
  const parent = parentOf(parents, doc);
  return present({
    // The line names the sale's line by parentItemUid, or carries the sale's own itemUid.
    ...receipt(doc, extId, now, (line) => line.parentItemUid ?? line.itemUid ?? line.code),
    parentDocID: parent.documentId,
    parentDocNum: parent.shortDocumentId,
  });
}

/** A payment towards a credit sale, named by the device's documentID; its goods at the part paid now. */
function creditPay(doc: CreditPayDocument, extId: string | number, parents: ParentLookup) {
  const parent = parentOf(parents, doc);
  const items = doc.lines.map((line) => item({ ...line, price: line.payment, discount: 0 }, line.itemUid ?? line.code));
  return present({
    documentExtID: extId,
    documentID: parent.documentNumber,
    employeeName: doc.cashierName,
    amount: items.reduce((sum, i) => sum + i.itemAmount, 0),
    currency,
    payments: payments(doc.tenders, doc.cardSlip),
    creditContract: doc.credit.contract,
    clientName: doc.credit.payer,
    items,
  });
}

/** The rollback names the receipt by its fiscal id (ECR-2.3.3). */
function rollBack(doc: RollBackDocument, extId: string | number, parents: ParentLookup) {
  return { documentExtID: extId, documentID: parentOf(parents, doc).documentId, employeeName: doc.cashierName };
}

function request(operation: DocumentRoute, fields: object): SmartOneRequest {
  return { operation, body: JSON.stringify(fields) };
}

export function buildSmartOneRequest(doc: FiscalDocument, uuid: string, parents: ParentLookup, options: MappingOptions): SmartOneRequest {
  const extId = documentExtId(uuid, options.extIdFormat);
  switch (doc.kind) {
    case 'sale':
      return request('sale', sale(doc, extId, options.now()));
    case 'moneyBack':
      return request('refund', refund(doc, extId, options.now(), parents));
    case 'creditPay':
      return request('creditpay', creditPay(doc, extId, parents));
    case 'rollBack':
      return request('rollback', rollBack(doc, extId, parents));
    case 'deposit':
    case 'withdraw':
      return request(doc.kind, { documentExtID: extId, amount: doc.sum, employeeName: doc.cashierName, currency });
    case 'closeShift':
      // Open orders make the close fail (code 24) rather than vanish: `delete` and `renew` are a manager's choice.
      return request('close_shift', { employeeName: doc.cashierName, openOrdersOperation: 'check' });
    case 'prepayment':
    case 'correction':
      throw new RangeError(`SmartOne: ${doc.kind} is not supported (its request body is undocumented)`);
  }
}
