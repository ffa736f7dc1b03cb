import type { SaleDocument } from '../../shared/fiscal/documents';
import { change, lineTotal, tendersTotal } from '../../shared/fiscal/receipt-math';
import type { Currency } from '../../shared/money';
import type { CustomerView } from '../../shared/sale/customer-view';
import type { CartLine } from '../sale/cart-store';
import { receiptTotals } from '../sale/receipt';

/** The cart as the customer sees it; an empty cart is the welcome screen. */
export function cartView(lines: CartLine[], receiptDiscount: number, currency: Currency): CustomerView {
  if (lines.length === 0) return { state: 'idle', currency };
  const totals = receiptTotals(lines, receiptDiscount);
  return {
    state: 'cart',
    currency,
    lines: lines.map((line) => ({ name: line.product.name, quantity: line.quantity, unit: line.product.unit, price: line.price, discount: line.discount, total: lineTotal(line) })),
    discount: totals.discount,
    total: totals.total,
  };
}

/** The sale just paid: its total, what the customer gave, and the change to take. */
export function paidView(document: SaleDocument, total: number, currency: Currency): CustomerView {
  return { state: 'paid', currency, total, paid: tendersTotal(document.tenders), change: change(total, document.tenders, document.cashRounding) };
}
