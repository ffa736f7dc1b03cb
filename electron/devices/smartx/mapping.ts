import type { FiscalDocument, MarkingKind, MoneyBackDocument, ReceiptLine, SaleDocument, Tenders } from '../../../shared/fiscal/documents';
import { UnmappableError, type StoredRequest } from '../driver';
import type { ParentLookup } from '../parent-lookup';
import type { SectionTable } from './config';
import type { DocumentOperation } from './operations';
import { formatMoney, formatQuantity } from './wire-numbers';

/** The register prints at most 20 characters of the cashier's name (T-MB): cut here, by code points, so the stored bytes say what the receipt says. */
export const maxCashierLength = 20;

export function cashierOnReceipt(name: string): string {
  return [...name.trim()].slice(0, maxCashierLength).join('');
}

/**
 * Builds a journal document's request: the operation (named by our words; its wire name is
 * looked up at send time) and the JSON body, with `operationId` = the journal's UUID on every
 * fiscal operation so OPERATION_ID can find it. Money and quantity by integer formatting.
 * A state the register cannot take throws UnmappableError before the journal stores anything.
 */
export function buildRequest(doc: FiscalDocument, uuid: string, parents: ParentLookup, sections: SectionTable): StoredRequest {
  switch (doc.kind) {
    case 'sale':
      return request('sale', { ...receipt(doc, uuid, sections), ...(doc.tenders.card > 0 && doc.cardSlip ? { rrn: doc.cardSlip.rrn } : {}) });
    case 'moneyBack':
      return request('moneyBack', { ...receipt(doc, uuid, sections), ...refundRrn(doc, parents) });
    case 'deposit':
      return request('deposit', { cashier: cashierOnReceipt(doc.cashierName), sum: formatMoney(doc.sum), operationId: uuid });
    case 'withdraw':
      return request('withdraw', { cashier: cashierOnReceipt(doc.cashierName), sum: formatMoney(doc.sum), operationId: uuid });
    case 'rollBack':
      // The register annuls its last receipt only (code 411); which one is checked by the driver.
      return request('annul', { cashier: cashierOnReceipt(doc.cashierName), operationId: uuid });
    case 'closeShift':
      return request('closeShift', { cashier: cashierOnReceipt(doc.cashierName), operationId: uuid });
    case 'creditPay':
    case 'prepayment':
    case 'correction':
      throw new UnmappableError(`document.${doc.kind}`);
  }
}

function request(operation: DocumentOperation, body: object): StoredRequest {
  return { operation, body: JSON.stringify(body) };
}

/** The card refund names the card payment's RRN: the slip's, or the refunded sale's (418 without one). */
function refundRrn(doc: MoneyBackDocument, parents: ParentLookup): { rrn?: string } {
  if (doc.tenders.card === 0) return {};
  const rrn = doc.cardSlip?.rrn ?? (doc.parentUuid ? parents(doc.parentUuid).result.rrn : undefined);
  return rrn ? { rrn } : {};
}

function receipt(doc: SaleDocument | MoneyBackDocument, uuid: string, sections: SectionTable): object {
  return {
    cashier: cashierOnReceipt(doc.cashierName),
    itemList: doc.lines.map((line) => item(line, sections)),
    ...payments(doc.tenders),
    printCheque: true,
    operationId: uuid,
  };
}

/** Cash (change comes from it) and card; the register has no bonus, credit or advance tender. */
function payments(tenders: Tenders): { cash: string; cashless: string } {
  for (const tender of ['bonus', 'credit', 'prepayment'] as const) if (tenders[tender] > 0) throw new UnmappableError(`tender.${tender}`);
  return { cash: formatMoney(tenders.cash), cashless: formatMoney(tenders.card) };
}

function item(line: ReceiptLine, sections: SectionTable): object {
  const section = sections[line.vatRate];
  if (!section) throw new UnmappableError(`tax.${line.vatRate}`);
  // A code without its kind cannot be told apart (si or ukz): the register would get it wrong.
  if (line.markingCodes?.length) throw new RangeError('SmartX needs each marking code with its kind (ReceiptLine.markings)');
  return {
    nameTitle: line.name,
    codeNumber: line.code,
    // "1" on the documents' marked line (G: marked goods), "0" otherwise.
    typeCode: line.markings?.length ? '1' : '0',
    price: formatMoney(line.price),
    amount: formatQuantity(line.quantity),
    isPercentDiscount: false,
    discount: formatMoney(line.discount),
    section: { code: section.code, name: section.name },
    ...(line.markings?.length ? { markings: line.markings.map(marking) } : {}),
  };
}

/** One marking code as the register takes it: an object with the kind as its one key (OP-SALE). */
export function marking({ kind, code }: { kind: MarkingKind; code: string }): Record<string, string> {
  switch (kind) {
    case 'si':
      return { si: code };
    case 'ukz':
      return { ukz: code };
    default:
      throw new RangeError(`No SmartX marking kind ${String(kind)}`);
  }
}
