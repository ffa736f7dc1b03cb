import type { CardSlip, ReceiptLine, SaleDocument, Tenders } from '../../shared/fiscal/documents';
import { lineGross, linesTotal, vatBreakdown, type VatGroup } from '../../shared/fiscal/receipt-math';
import { spreadReceiptDiscount } from '../../shared/sale/receipt-discount';
import type { CartLine } from './cart-store';

/** The cart as receipt lines, with the receipt discount already spread over them. */
export function receiptLines(lines: readonly CartLine[], receiptDiscount: number): ReceiptLine[] {
  const own = lines.map<ReceiptLine>((line) => ({
    name: line.product.name,
    code: line.product.barcodes[0] ?? line.product.code,
    codeType: line.product.codeType,
    quantity: line.quantity,
    unit: line.product.unit,
    price: line.price,
    discount: Math.min(line.discount, lineGross(line.price, line.quantity)),
    vatRate: line.product.vatRate,
    markingCodes: line.markingCodes.length > 0 ? line.markingCodes : undefined,
    itemUid: line.key,
  }));
  return spreadReceiptDiscount(own, receiptDiscount);
}

export interface ReceiptTotals {
  total: number;
  discount: number;
  vat: VatGroup[];
}

export function receiptTotals(lines: readonly CartLine[], receiptDiscount: number): ReceiptTotals {
  const receipt = receiptLines(lines, receiptDiscount);
  const gross = lines.reduce((sum, l) => sum + lineGross(l.price, l.quantity), 0);
  const total = linesTotal(receipt);
  return { total, discount: gross - total, vat: vatBreakdown(receipt) };
}

export function saleDocument(lines: readonly CartLine[], receiptDiscount: number, tenders: Tenders, cashierName: string, cardSlip?: CardSlip): SaleDocument {
  return { kind: 'sale', cashierName, lines: receiptLines(lines, receiptDiscount), tenders, ...(cardSlip ? { cardSlip } : {}) };
}
