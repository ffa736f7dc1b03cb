import type { FiscalDocument, MoneyBackDocument, ReceiptLine, SaleDocument, Tenders } from '../../../shared/fiscal/documents';
import { UnmappableError, type StoredRequest } from '../driver';
import type { ParentLookup } from '../parent-lookup';
import type { TaxRow } from './answers';
import { exciseCodeOf, taxCodeOf } from './tax-groups';

/** The request kinds the driver stores; a Z report names the shift it closes (see closeShiftRequest). */
export type CheckboxOperation = 'sell' | 'sell-offline' | 'service' | 'closeShift';

/** An offline receipt's reserved fiscal code and its date (the journal's commit time). */
export interface OfflineFields {
  fiscal_code: string;
  fiscal_date: string;
}

/** What the mapping needs of the service: its live tax table and the shift in progress; offline, the receipt's code and date. */
export interface MappingContext {
  taxes: readonly TaxRow[] | undefined;
  shiftId: string | undefined;
  offline?: OfflineFields;
}

/** A sale or return as the service takes it: online, or offline with its code and date at the end (SEED:2104). */
function receipt(body: object, offline: OfflineFields | undefined): StoredRequest {
  return offline ? { operation: 'sell-offline', body: JSON.stringify({ ...body, ...offline }) } : { operation: 'sell', body: JSON.stringify(body) };
}

/** The payments' labels, on the service's receipts and on our own paper of an offline one. */
export const cashLabel = 'Готівка';
export const cardLabel = 'Картка';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tenders Checkbox has no payment type for are refused, never sent as something else. */
function payments(tenders: Tenders, slip: SaleDocument['cardSlip']) {
  for (const tender of ['bonus', 'credit', 'prepayment'] as const) if (tenders[tender] > 0) throw new UnmappableError(`tender.${tender}`);
  return [
    ...(tenders.cash > 0 ? [{ type: 'CASH', value: tenders.cash, label: cashLabel }] : []),
    ...(tenders.card > 0 ? [{ type: 'CASHLESS', value: tenders.card, label: cardLabel, ...(slip?.rrn ? { rrn: slip.rrn } : {}), ...(slip?.approvalCode ? { auth_code: slip.approvalCode } : {}) }] : []),
  ];
}

function good(line: ReceiptLine, isReturn: boolean, taxes: readonly TaxRow[] | undefined) {
  const code = taxes && taxCodeOf(line.vatRate, taxes);
  // The table decides which of our groups the organisation has: without it nothing is sent.
  if (code === undefined) throw new UnmappableError(`tax.${line.vatRate}`);
  const excise = line.excise ? taxes && exciseCodeOf(taxes) : undefined;
  if (line.excise && excise === undefined) throw new UnmappableError('excise');
  const barcode = line.codeType === 'ean8' || line.codeType === 'ean13' ? { barcode: line.code } : {};
  return {
    good: { code: line.code || line.itemUid || line.name, name: line.name, price: line.price, tax: excise === undefined ? [code] : [code, excise], ...barcode },
    quantity: line.quantity,
    is_return: isReturn,
    // The app's line discount is a sum in kopecks: Checkbox's DISCOUNT/VALUE (the seed: VALUE 1 on 123 → 122).
    ...(line.discount > 0 ? { discounts: [{ type: 'DISCOUNT', mode: 'VALUE', value: line.discount }] } : {}),
  };
}

/** `rounding: true` when the cash tender is already rounded under the NBU rule (document's cashRounding). */
function rounding(doc: SaleDocument | MoneyBackDocument) {
  return doc.cashRounding ? { rounding: true } : {};
}

function sell(doc: SaleDocument, uuid: string, { taxes, offline }: MappingContext): StoredRequest {
  const body = { id: uuid, cashier_name: doc.cashierName, goods: doc.lines.map((line) => good(line, false, taxes)), payments: payments(doc.tenders, doc.cardSlip), ...rounding(doc) };
  return receipt(body, offline);
}

/** A return: every good `is_return`, and the sale it returns named by its Checkbox id (igorbunov PR #36). */
function returnReceipt(doc: MoneyBackDocument, uuid: string, parents: ParentLookup, { taxes, offline }: MappingContext): StoredRequest {
  if (doc.moneyBackType !== 'sale') throw new UnmappableError(`refund.${doc.moneyBackType}`);
  const related = doc.parentUuid ? parents(doc.parentUuid).result.documentId : (doc.manualParentDocumentId ?? doc.parentDocumentId);
  const body = {
    id: uuid,
    cashier_name: doc.cashierName,
    goods: doc.lines.map((line) => good(line, true, taxes)),
    payments: payments(doc.tenders, doc.cardSlip),
    ...rounding(doc),
    // A manual return of a receipt from elsewhere names it only when it is a Checkbox id.
    ...(related && uuidPattern.test(related) ? { related_receipt_id: related } : {}),
  };
  return receipt(body, offline);
}

/** The operation of a Z report names the shift it closes, so a lost answer is settled by that shift's state. */
export function closeShiftOperation(shiftId: string | undefined): string {
  return shiftId ? `closeShift:${shiftId}` : 'closeShift';
}

export function shiftIdOfOperation(operation: string): string | undefined {
  return /^closeShift:(.+)$/.exec(operation)?.[1];
}

/**
 * A journal document as the bytes Checkbox takes, built once: our UUID is the receipt's `id`,
 * which the service de-duplicates. Kopecks and thousandths go through 1:1.
 */
export function buildRequest(doc: FiscalDocument, uuid: string, parents: ParentLookup, context: MappingContext): StoredRequest {
  switch (doc.kind) {
    case 'sale':
      return sell(doc, uuid, context);
    case 'moneyBack':
      return returnReceipt(doc, uuid, parents, context);
    case 'deposit':
    case 'withdraw':
      return { operation: 'service', body: JSON.stringify({ id: uuid, payment: { type: 'CASH', value: doc.kind === 'deposit' ? doc.sum : -doc.sum, label: cashLabel } }) };
    case 'closeShift':
      return { operation: closeShiftOperation(context.shiftId), body: JSON.stringify({ skip_client_name_check: false }) };
    case 'creditPay':
    case 'prepayment':
    case 'correction':
    case 'rollBack':
      // No such document in Checkbox (OAS 0.1.79 ReceiptType): the capabilities leave them out.
      throw new UnmappableError(`document.${doc.kind}`);
  }
}
